import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND, type DraftAccessMode } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";

// Read side of a draft's history. Both functions reach revisions only through a
// draft the caller owns: a revision id from the URL is never enough (CONVENTIONS.md #3).

const NOT_FOUND = DRAFT_NOT_FOUND;

/**
 * The draft's saved versions, newest first, with just what the history page lists. The
 * history page offers restore, so it asks with "edit" (the candidate's workspace; a reviewer
 * reads a shared draft on /review instead).
 */
export async function listRevisions(actor: Actor, draftId: string, mode: DraftAccessMode = "read") {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, mode, { draftId }),
    select: {
      id: true,
      title: true,
      version: true,
      question: { select: { title: true, profile: true } },
      revisions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, score: true, source: true, createdAt: true, updatedAt: true },
      },
    },
  });
  if (!draft) throw new AppError("not_found", NOT_FOUND);
  const { revisions, question, ...rest } = draft;
  return { draft: { ...rest, questionTitle: question.title, profile: question.profile }, revisions };
}
export type RevisionHistory = Awaited<ReturnType<typeof listRevisions>>;
export type RevisionSummary = RevisionHistory["revisions"][number];

const contentSelect = { id: true, version: true, ...DRAFT_CONTENT_SELECT } as const;

/**
 * The full text of two revisions of one draft (the same id twice is allowed).
 * Throws not_found when either is missing, belongs to another draft, or the draft
 * is not the caller's.
 */
export async function getRevisions(actor: Actor, draftId: string, fromId: string, toId: string) {
  const rows = await db.draftRevision.findMany({
    where: { id: { in: [fromId, toId] }, draftId, draft: draftAccess(actor, "read") },
    select: contentSelect,
  });
  const from = rows.find((row) => row.id === fromId);
  const to = rows.find((row) => row.id === toId);
  if (!from || !to) throw new AppError("not_found", "One of those versions is not part of this draft.");
  return { from, to };
}
export type RevisionContent = Awaited<ReturnType<typeof getRevisions>>["from"];
