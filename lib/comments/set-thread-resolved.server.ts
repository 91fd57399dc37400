import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { THREAD_NOT_FOUND, type SetThreadResolvedInput } from "@/lib/star/comment-schema";
import { threadAccess } from "@/lib/comments/thread-access.server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Resolves or reopens a thread: the draft's owner or the reviewer who started it
 * (docs/decisions/009-review-comments.md). A resolved thread stays, collapsed.
 */
export async function setThreadResolved(actor: Actor, input: SetThreadResolvedInput, now = new Date()) {
  const { draftId, threadId, resolved } = input;
  const changed = await db.commentThread.updateMany({
    where: {
      id: threadId,
      ...threadAccess(actor, draftId),
      // Both sides may resolve: the owner of the draft, or the thread's author (threadAccess
      // already limits a reviewer to their own threads; said again here so the rule stands on its own).
      AND: [{ OR: [{ authorId: actor.userId }, { draft: { ownerId: actor.userId } }] }],
    },
    data: resolved ? { resolvedAt: now, resolvedById: actor.userId, lastActivityAt: now } : { resolvedAt: null, resolvedById: null, lastActivityAt: now },
  });
  if (changed.count !== 1) throw new AppError("not_found", THREAD_NOT_FOUND);
  return { resolved };
}
