import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";
import { engineLabelsOf } from "@/lib/grading/engine-labels";
import { readLabels, readOverrides, type ItemLabels } from "@/lib/star/grade-schema";
import type { DraftGradesView, GradeFormView, GradeView, OverrideView } from "@/lib/star/grading-views";
import { ITEM_META } from "@/lib/rubric/items";
import { scoreDraft } from "@/lib/rubric";
import { ITEM_IDS } from "@/lib/rubric/types";

// What the grading UI shows, for each side (issue 9 §3). Every read reaches the draft through
// draftAccess: the reviewer's form with "comment", the candidate's list with "edit".

const gradeSelect = {
  id: true,
  version: true,
  overall: true,
  summary: true,
  overrides: true,
  engineLabels: true,
  updatedAt: true,
} as const;

export function overridesOf(row: { overrides: string; engineLabels: string }): OverrideView[] {
  const overrides = readOverrides(row.overrides);
  const engineLabels = readLabels(row.engineLabels);
  return ITEM_IDS.flatMap((itemId) => {
    const override = overrides[itemId];
    return override ? [{ itemId, itemLabel: ITEM_META[itemId].label, engine: engineLabels[itemId], coach: override.label, note: override.note }] : [];
  });
}

/** A stored grade as either side shows it; stale once the draft has moved past the graded version. */
function gradeViewOf(
  grade: { version: number; overall: number; summary: string; overrides: string; engineLabels: string; updatedAt: Date },
  draftVersion: number,
): GradeView {
  return {
    version: grade.version,
    stale: grade.version !== draftVersion,
    overall: grade.overall,
    summary: grade.summary,
    overrides: overridesOf(grade),
    updatedAt: grade.updatedAt.toISOString(),
  };
}

/**
 * The reviewer's grade form on the review page: the version on screen, the engine's label of
 * each item at that version, and their grade so far (or null). Null for the owner, who does
 * not grade their own draft; a caller without a live share gets not_found.
 */
export async function getGradeForm(actor: Actor, draftId: string): Promise<GradeFormView | null> {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "comment", { draftId }),
    select: {
      id: true,
      ownerId: true,
      version: true,
      situation: true,
      task: true,
      actions: true,
      results: true,
      question: { select: { profile: true } },
      grades: { where: { coachId: actor.userId }, select: gradeSelect },
    },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  if (draft.ownerId === actor.userId) return null;
  const engineLabels: ItemLabels = engineLabelsOf(scoreDraft(draft, { profile: draft.question.profile }));
  const grade = draft.grades[0];
  return {
    draftId: draft.id,
    version: draft.version,
    engineLabels,
    grade: grade ? gradeViewOf(grade, draft.version) : null,
  };
}

/**
 * The candidate's view of the grades their reviewers gave one of their drafts: each
 * reviewer's overall grade, summary and item labels, the version graded and its date, newest
 * first. Grades stay after access is removed (they were given while it was live); such a
 * reviewer is marked. Owner only: anyone else gets not_found.
 */
export async function listDraftGrades(actor: Actor, draftId: string): Promise<DraftGradesView> {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "edit", { draftId }),
    select: {
      version: true,
      shares: { where: { revokedAt: null }, select: { coachId: true } },
      grades: { orderBy: { updatedAt: "desc" }, select: { ...gradeSelect, coachId: true, coach: { select: { name: true } } } },
    },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const live = new Set(draft.shares.map((share) => share.coachId));
  return {
    version: draft.version,
    reviewers: live.size,
    grades: draft.grades.map((grade) => ({
      id: grade.id,
      coachName: grade.coach.name,
      accessRemoved: !live.has(grade.coachId),
      ...gradeViewOf(grade, draft.version),
    })),
  };
}
