import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { AppError } from "@/lib/errors";

// Read side of a draft's history. Both functions reach revisions only through a
// draft the caller owns: a revision id from the URL is never enough (CONVENTIONS.md #3).

const NOT_FOUND = "That draft does not exist or is not yours.";

/** The draft's saved versions, newest first, with just what the history page lists. */
export async function listRevisions(ownerId: string, draftId: string) {
  const draft = await db.draft.findFirst({
    where: liveDraftWhere(ownerId, draftId),
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

const contentSelect = {
  id: true,
  version: true,
  title: true,
  situation: true,
  task: true,
  actions: true,
  results: true,
} as const;

/**
 * The full text of two revisions of one draft (the same id twice is allowed).
 * Throws not_found when either is missing, belongs to another draft, or the draft
 * is not the caller's.
 */
export async function getRevisions(ownerId: string, draftId: string, fromId: string, toId: string) {
  const rows = await db.draftRevision.findMany({
    where: { id: { in: [fromId, toId] }, draftId, draft: liveDraftWhere(ownerId) },
    select: contentSelect,
  });
  const from = rows.find((row) => row.id === fromId);
  const to = rows.find((row) => row.id === toId);
  if (!from || !to) throw new AppError("not_found", "One of those versions is not part of this draft.");
  return { from, to };
}
export type RevisionContent = Awaited<ReturnType<typeof getRevisions>>["from"];
