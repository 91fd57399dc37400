import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";
import { newInviteToken } from "@/lib/sharing/invite-token.server";
import { INVITE_LIFETIME_DAYS } from "@/lib/sharing/sharing-schema";

/**
 * A new single-use invite link for one of the actor's drafts. The raw token is returned
 * once, to be shown in the link; only its hash is stored.
 */
export async function createInvite(actor: Actor, draftId: string, now = new Date()) {
  const draft = await db.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { id: true } });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const { token, tokenHash } = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  const invite = await db.draftInvite.create({
    data: { draftId: draft.id, tokenHash, expiresAt, createdAt: now },
    select: { id: true, expiresAt: true },
  });
  return { inviteId: invite.id, token, expiresAt: invite.expiresAt };
}
