import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";
import type { SharingView } from "@/lib/star/sharing-view";

/** The owner's view of who can see a draft: live shares and invite links still waiting. */
export async function getSharingView(actor: Actor, draftId: string, now = new Date()): Promise<SharingView> {
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "edit", { draftId }),
    select: {
      id: true,
      title: true,
      shares: {
        where: { revokedAt: null },
        orderBy: { grantedAt: "asc" },
        select: { id: true, grantedAt: true, coach: { select: { name: true, email: true } } },
      },
      invites: {
        where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        select: { id: true, createdAt: true, expiresAt: true },
      },
    },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  return {
    draftId: draft.id,
    title: draft.title,
    shares: draft.shares.map((share) => ({
      id: share.id,
      name: share.coach.name,
      email: share.coach.email,
      grantedAt: share.grantedAt.toISOString(),
    })),
    invites: draft.invites.map((invite) => ({
      id: invite.id,
      createdAt: invite.createdAt.toISOString(),
      expiresAt: invite.expiresAt.toISOString(),
    })),
  };
}
