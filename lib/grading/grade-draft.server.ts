import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { contentOf, DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";
import { engineLabelsOf } from "@/lib/grading/engine-labels";
import type { GradeDraftData, StoredOverrides } from "@/lib/star/grade-schema";
import { scoreDraft } from "@/lib/rubric";

export const OWN_DRAFT_GRADE = "You cannot grade your own draft: a reviewer you shared it with grades it.";
export const GRADE_STALE =
  "The candidate saved a newer version since you opened this page. Read the new text (the page now shows it), then save your grade again: what you entered is kept.";

/**
 * A reviewer grades a draft shared with them (issue 9 §3): their overall grade and summary,
 * and their own label for the items where they disagree with the engine. One grade per
 * (draft, reviewer): grading again changes it in place, so saving twice is harmless.
 *
 * Who may: draftAccess(actor, "comment") — a reviewer with a live share — but never the
 * owner. The draft is looked up again here with the actor's access, never by its id alone.
 * The grade records the version the reviewer read, that version's text and the engine's
 * labels of it (computed here, not taken from the client). An override that agrees with the
 * engine is no override and is dropped. The input must already be parsed with GradeDraftSchema.
 */
export async function gradeDraft(actor: Actor, input: GradeDraftData, now = new Date()) {
  const access = draftAccess(actor, "comment", { draftId: input.draftId });
  const draft = await db.draft.findFirst({
    where: access,
    select: { id: true, ownerId: true, version: true, ...DRAFT_CONTENT_SELECT, question: { select: { profile: true } } },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  if (draft.ownerId === actor.userId) throw new AppError("forbidden", OWN_DRAFT_GRADE);
  if (draft.version !== input.version) throw new AppError("conflict", GRADE_STALE);

  // Scoring is CPU work: done before the transaction, on the text just read.
  const score = scoreDraft(draft, { profile: draft.question.profile });
  const engineLabels = engineLabelsOf(score);
  const overrides: StoredOverrides = {};
  for (const { itemId, label, note } of input.overrides) {
    if (label !== engineLabels[itemId]) overrides[itemId] = { label, note };
  }
  const row = {
    version: draft.version,
    overall: input.overall,
    summary: input.summary,
    overrides: JSON.stringify(overrides),
    engineLabels: JSON.stringify(engineLabels),
    engineScore: score.total,
    gradedText: JSON.stringify(contentOf(draft)),
    updatedAt: now,
  };

  const write = () => db.$transaction(async (tx) => {
    // Checked again inside the write: a share revoked or a version saved since the read above
    // wins, and the grade is not written.
    const still = await tx.draft.count({ where: { ...access, version: draft.version } });
    if (still === 0) {
      const reachable = await tx.draft.count({ where: access });
      if (reachable === 0) throw new AppError("not_found", DRAFT_NOT_FOUND);
      throw new AppError("conflict", GRADE_STALE);
    }
    const grade = await tx.draftGrade.upsert({
      where: { draftId_coachId: { draftId: draft.id, coachId: actor.userId } },
      create: { draftId: draft.id, coachId: actor.userId, createdAt: now, ...row },
      update: row,
      select: { id: true, version: true, overall: true, updatedAt: true },
    });
    return { ...grade, overrides: Object.keys(overrides).length };
  });
  try {
    return await write();
  } catch (error) {
    // Two saves of the first grade raced (a double click, two tabs): both tried to create the
    // row and the unique (draft, coach) key let one through. The other now finds it and updates.
    if (isUniqueViolation(error)) return write();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
