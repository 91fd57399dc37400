import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashInviteToken } from "@/lib/sharing/invite-token.server";
import { INVITE_INVALID } from "@/lib/sharing/sharing-schema";

/** An invite that is still usable: not used, not revoked, not expired, its draft not in the trash. */
const usable = (now: Date) => ({ usedAt: null, revokedAt: null, expiresAt: { gt: now }, draft: { deletedAt: null } });

/**
 * What the invite page shows before the reviewer accepts: whose draft and its title, or
 * null when the link cannot be used. Looking does not use the invite.
 */
export async function previewInvite(token: string, now = new Date()) {
  const invite = await db.draftInvite.findFirst({
    where: { tokenHash: hashInviteToken(token), ...usable(now) },
    select: { expiresAt: true, draft: { select: { title: true, ownerId: true, owner: { select: { name: true } } } } },
  });
  if (!invite) return null;
  return { title: invite.draft.title, candidateName: invite.draft.owner.name, ownerId: invite.draft.ownerId, expiresAt: invite.expiresAt };
}

/**
 * The signed-in actor accepts an invite: it is marked used (by one request only, even when
 * two race: the conditional update is the lock) and the actor gets a live share of the draft.
 * The owner cannot accept their own invite, and doing so does not use it up.
 */
export async function acceptInvite(actor: Actor, token: string, now = new Date()): Promise<{ draftId: string }> {
  const tokenHash = hashInviteToken(token);
  return db.$transaction(async (tx) => {
    const invite = await tx.draftInvite.findFirst({
      where: { tokenHash, ...usable(now) },
      select: { id: true, draftId: true, draft: { select: { ownerId: true } } },
    });
    if (!invite) throw new AppError("not_found", INVITE_INVALID);
    if (invite.draft.ownerId === actor.userId) {
      throw new AppError("bad_request", "This is an invite to your own draft. Send the link to the person who should review it.");
    }
    const used = await tx.draftInvite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now, usedById: actor.userId },
    });
    if (used.count !== 1) throw new AppError("not_found", INVITE_INVALID);
    const live = await tx.draftShare.findFirst({ where: { draftId: invite.draftId, coachId: actor.userId, revokedAt: null }, select: { id: true } });
    if (!live) await tx.draftShare.create({ data: { draftId: invite.draftId, coachId: actor.userId, grantedAt: now } });
    return { draftId: invite.draftId };
  });
}
