import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";

/**
 * The owner ends a reviewer's access to a draft: every live share of that reviewer on it is
 * revoked. The next request of the reviewer, on any instance, no longer reaches the draft.
 */
export async function revokeShare(actor: Actor, draftId: string, shareId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const share = await tx.draftShare.findFirst({
      where: { id: shareId, draftId, revokedAt: null, draft: draftAccess(actor, "edit", { draftId }) },
      select: { coachId: true, coach: { select: { name: true } } },
    });
    if (!share) throw new AppError("not_found", "That reviewer no longer has access to this draft.");
    await tx.draftShare.updateMany({ where: { draftId, coachId: share.coachId, revokedAt: null }, data: { revokedAt: now } });
    return { name: share.coach.name };
  });
}

/** The owner withdraws an invite link nobody has used yet. */
export async function revokeInvite(actor: Actor, draftId: string, inviteId: string, now = new Date()) {
  const revoked = await db.draftInvite.updateMany({
    where: { id: inviteId, draftId, usedAt: null, revokedAt: null, draft: draftAccess(actor, "edit", { draftId }) },
    data: { revokedAt: now },
  });
  if (revoked.count !== 1) throw new AppError("not_found", "That invite link was already used or withdrawn.");
  return null;
}
