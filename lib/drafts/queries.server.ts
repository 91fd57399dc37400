import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { draftAccess, DRAFT_NOT_FOUND, type DraftAccessMode } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";

// Read side of drafts. Every query spreads draftAccess(actor, ...) into its `where`: an id
// from the client alone never reaches a row (CONVENTIONS.md #3, #14), and drafts in the
// trash stay out unless asked for.

export async function listDrafts(actor: Actor) {
  return db.draft.findMany({
    where: draftAccess(actor, "edit"),
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

/** One draft with what its pages show; `mode` says what the caller is about to do with it. */
export async function getDraft(actor: Actor, draftId: string, mode: DraftAccessMode = "read") {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, mode, { draftId }),
    select: {
      id: true,
      ...DRAFT_CONTENT_SELECT,
      version: true,
      score: true,
      adjacent: true,
      updatedAt: true,
      question: { select: { id: true, title: true, prompt: true, profile: true } },
    },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  return draft;
}
export type DraftDetail = Awaited<ReturnType<typeof getDraft>>;

/** The title of one of the caller's drafts, live or in the trash (for a confirmation line); null if there is none. */
export async function findDraftTitle(actor: Actor, draftId: string, state: "live" | "trashed"): Promise<string | null> {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "edit", { draftId, state }),
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
