import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { threadAccess } from "@/lib/comments/thread-access.server";
import { db } from "@/lib/db";
import type { UnreadActivity } from "@/lib/star/comments-view";

/**
 * What is new for the actor on each of these drafts since their last visit, read from the
 * database through the access layer (threads the actor may not see do not count). Give each
 * draft's current version to learn whether its text changed since (a reviewer's question).
 */
export async function listUnreadActivity(actor: Actor, drafts: Array<{ id: string; version?: number }>): Promise<Map<string, UnreadActivity>> {
  const ids = drafts.map((draft) => draft.id);
  const activity = new Map<string, UnreadActivity>();
  if (ids.length === 0) return activity;
  const [visits, comments, resolutions] = await Promise.all([
    db.draftVisit.findMany({ where: { userId: actor.userId, draftId: { in: ids } }, select: { draftId: true, seenAt: true, seenVersion: true } }),
    db.comment.findMany({
      where: { authorId: { not: actor.userId }, thread: { ...threadAccess(actor), draftId: { in: ids } } },
      select: { createdAt: true, thread: { select: { draftId: true } } },
    }),
    db.commentThread.findMany({
      where: { ...threadAccess(actor), draftId: { in: ids }, resolvedById: { not: actor.userId } },
      select: { draftId: true, resolvedAt: true, resolvedById: true },
    }),
  ]);
  const visitOf = new Map(visits.map((visit) => [visit.draftId, visit]));
  for (const draft of drafts) {
    const visit = visitOf.get(draft.id);
    activity.set(draft.id, { newComments: 0, newResolutions: 0, draftChanged: visit !== undefined && draft.version !== undefined && draft.version > visit.seenVersion, visited: Boolean(visit) });
  }
  const after = (draftId: string, at: Date) => {
    const visit = visitOf.get(draftId);
    return !visit || at > visit.seenAt;
  };
  for (const comment of comments) {
    if (after(comment.thread.draftId, comment.createdAt)) activity.get(comment.thread.draftId)!.newComments++;
  }
  for (const thread of resolutions) {
    if (thread.resolvedAt && thread.resolvedById && after(thread.draftId, thread.resolvedAt)) activity.get(thread.draftId)!.newResolutions++;
  }
  return activity;
}

/** For a reviewer's queue: true when anything on the draft is new to them (never opened counts). */
export function hasUnread(activity: UnreadActivity | undefined): boolean {
  return Boolean(activity && (!activity.visited || activity.newComments > 0 || activity.newResolutions > 0 || activity.draftChanged));
}
