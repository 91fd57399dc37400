import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { scoreForEditor, scoreSections } from "@/lib/drafts/score-sections";
import { AppError } from "@/lib/errors";
import { hasUnread, listUnreadActivity } from "@/lib/comments/unread-activity.server";

/**
 * The reviewer's queue: drafts shared with the actor through a live share (not their own),
 * with the candidate, the question, the engine's score, the last change and what is new since
 * the reviewer last opened each one (comments, resolutions, a newer version of the text),
 * newest change first (filterReviewQueue filters and sorts it as the URL asks).
 */
export async function listReviewQueue(actor: Actor) {
  const drafts = await db.draft.findMany({
    where: { ...draftAccess(actor, "read"), ownerId: { not: actor.userId } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      ...DRAFT_CONTENT_SELECT,
      version: true,
      updatedAt: true,
      ownerId: true,
      owner: { select: { name: true } },
      question: { select: { title: true, profile: true } },
    },
  });
  const activity = await listUnreadActivity(actor, drafts);
  return drafts.map((draft) => {
    const unread = activity.get(draft.id)!;
    return {
      id: draft.id,
      title: draft.title,
      candidateId: draft.ownerId,
      candidateName: draft.owner.name,
      questionTitle: draft.question.title,
      score: scoreSections(draft, draft.question.profile),
      updatedAt: draft.updatedAt.toISOString(),
      unread,
      hasUnread: hasUnread(unread),
    };
  });
}
export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** One draft as a reviewer reads it: the four sections and the engine's checklist, no edit rights. */
export async function getReviewView(actor: Actor, draftId: string) {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "read", { draftId }),
    select: {
      id: true,
      ...DRAFT_CONTENT_SELECT,
      version: true,
      updatedAt: true,
      ownerId: true,
      owner: { select: { name: true } },
      question: { select: { title: true, prompt: true, profile: true } },
    },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const sections = { situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results };
  return {
    id: draft.id,
    title: draft.title,
    version: draft.version,
    updatedAt: draft.updatedAt.toISOString(),
    isOwner: draft.ownerId === actor.userId,
    candidateName: draft.owner.name,
    questionTitle: draft.question.title,
    questionPrompt: draft.question.prompt,
    sections,
    score: scoreForEditor(draft, draft.question.profile),
  };
}
export type ReviewView = Awaited<ReturnType<typeof getReviewView>>;
