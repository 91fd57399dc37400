import "server-only";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Read side of drafts. Every query names the owner in its `where`: an id from the
// client alone never reaches a row (CONVENTIONS.md #2, #3).

export async function listDrafts(ownerId: string) {
  return db.draft.findMany({
    where: { ownerId },
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
    where: { id: draftId, ownerId },
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

export async function listQuestions() {
  return db.question.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, prompt: true },
  });
}
