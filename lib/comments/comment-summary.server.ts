import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { threadAccess } from "@/lib/comments/thread-access.server";
import { listUnreadActivity } from "@/lib/comments/unread-activity.server";
import { db } from "@/lib/db";

export type CommentSummary = { open: number; newMessages: number };

/** Open threads, and comments or replies new to the actor, on each draft: the editor's and the drafts list's badges. */
export async function listCommentSummaries(actor: Actor, drafts: Array<{ id: string }>): Promise<Map<string, CommentSummary>> {
  const summaries = new Map<string, CommentSummary>();
  if (drafts.length === 0) return summaries;
  const [activity, open] = await Promise.all([
    listUnreadActivity(actor, drafts),
    db.commentThread.groupBy({
      by: ["draftId"],
      where: { ...threadAccess(actor), draftId: { in: drafts.map((draft) => draft.id) }, resolvedAt: null },
      _count: { _all: true },
    }),
  ]);
  const openOf = new Map(open.map((row) => [row.draftId, row._count._all]));
  for (const draft of drafts) {
    const unread = activity.get(draft.id);
    summaries.set(draft.id, { open: openOf.get(draft.id) ?? 0, newMessages: unread?.newComments ?? 0 });
  }
  return summaries;
}
