import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere, trashedDraftWhere } from "@/lib/drafts/draft-access";
import { AppError } from "@/lib/errors";

// Read side of drafts. Every query names the owner in its `where`: an id from the
// client alone never reaches a row (CONVENTIONS.md #2, #3). The `where` comes from
// lib/drafts/draft-access.ts, which also keeps drafts in the trash out.

export async function listDrafts(ownerId: string) {
  return db.draft.findMany({
    where: liveDraftWhere(ownerId),
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      score: true,
      updatedAt: true,
      question: { select: { id: true, title: true } },
    },
  });
}
export type DraftListItem = Awaited<ReturnType<typeof listDrafts>>[number];

export async function getDraft(ownerId: string, draftId: string) {
  const draft = await db.draft.findFirst({
    where: liveDraftWhere(ownerId, draftId),
    select: {
      id: true,
      title: true,
      situation: true,
      task: true,
      actions: true,
      results: true,
      version: true,
      score: true,
      adjacent: true,
      updatedAt: true,
      question: { select: { id: true, title: true, prompt: true, profile: true } },
    },
  });
  if (!draft) throw new AppError("not_found", "That draft does not exist or is not yours.");
  return draft;
}
export type DraftDetail = Awaited<ReturnType<typeof getDraft>>;

/** The title of one of the caller's drafts, live or in the trash (for a confirmation line); null if there is none. */
export async function findDraftTitle(ownerId: string, draftId: string, state: "live" | "trashed"): Promise<string | null> {
  const draft = await db.draft.findFirst({
    where: state === "live" ? liveDraftWhere(ownerId, draftId) : trashedDraftWhere(ownerId, draftId),
    select: { title: true },
  });
  return draft?.title ?? null;
}

export async function listQuestions() {
  return db.question.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, prompt: true },
  });
}
