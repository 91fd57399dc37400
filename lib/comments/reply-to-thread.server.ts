import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { THREAD_NOT_FOUND, type ReplyInput } from "@/lib/star/comment-schema";
import { threadAccess } from "@/lib/comments/thread-access.server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The draft's owner or the reviewer who started the thread adds a reply to it. */
export async function replyToThread(actor: Actor, input: ReplyInput, now = new Date()) {
  const thread = await db.commentThread.findFirst({
    where: { id: input.threadId, ...threadAccess(actor, input.draftId) },
    select: { id: true, resolvedAt: true },
  });
  if (!thread) throw new AppError("not_found", THREAD_NOT_FOUND);
  if (thread.resolvedAt) throw new AppError("conflict", "This thread is resolved. Reopen it to reply.");
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: actor.userId, body: input.body, createdAt: now }, select: { id: true } });
    await tx.commentThread.update({ where: { id: thread.id }, data: { lastActivityAt: now } });
    return comment;
  });
}
