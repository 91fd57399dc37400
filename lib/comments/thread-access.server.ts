import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import type { Prisma } from "@/lib/generated/sqlite/client";

// Who reaches a comment thread, decided here and nowhere else (CONVENTIONS.md #14,
// docs/decisions/009-review-comments.md): the caller must reach the draft for commenting
// (draftAccess: the owner, or a reviewer with a live share; a revoke ends it on the next
// request), and a thread is a conversation between the reviewer who started it and the
// draft's owner: the owner sees every thread on their draft, a reviewer only their own.
// The same two people may resolve and reopen it.

export function threadAccess(actor: Actor, draftId?: string): Prisma.CommentThreadWhereInput {
  return {
    draft: draftAccess(actor, "comment", draftId === undefined ? {} : { draftId }),
    OR: [{ authorId: actor.userId }, { draft: { ownerId: actor.userId } }],
    ...(draftId === undefined ? {} : { draftId }),
  };
}
