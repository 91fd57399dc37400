"use server";

import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { defineAction, defineFormAction } from "@/lib/actions/define-action.server";
import { acceptInvite } from "@/lib/sharing/accept-invite.server";
import { createInvite } from "@/lib/sharing/create-invite.server";
import { revokeInvite, revokeShare } from "@/lib/sharing/revoke-access.server";
import { AcceptInviteSchema, CreateInviteSchema, RevokeInviteSchema, RevokeShareSchema } from "@/lib/sharing/sharing-schema";

// Server actions of sharing (issue 9 §3). Pages hand them to the components that call them.

const sharingPath = (draftId: string) => `/drafts/${draftId}/sharing`;

/** A new invite link for one of the caller's drafts; the raw token is in the answer once. */
export const createInviteAction = defineAction({
  name: "createInvite",
  schema: CreateInviteSchema,
  invalid: "That draft could not be found. Reload the page and try again.",
  failure: "The invite link could not be made. Try again in a moment.",
  run: ({ draftId }, actor) => createInvite(actor, draftId),
  after: (_data, { draftId }) => revalidatePath(sharingPath(draftId)),
  message: () => "Invite link ready. It works once, for 7 days.",
});

export const revokeShareAction = defineAction({
  name: "revokeShare",
  schema: RevokeShareSchema,
  invalid: "That reviewer could not be found. Reload the page and try again.",
  failure: "Access could not be removed. Nothing changed; try again in a moment.",
  run: ({ draftId, shareId }, actor) => revokeShare(actor, draftId, shareId),
  after: (_data, { draftId }) => revalidatePath(sharingPath(draftId)),
  message: ({ name }) => `${name} no longer has access to this draft.`,
});

export const revokeInviteAction = defineAction({
  name: "revokeInvite",
  schema: RevokeInviteSchema,
  invalid: "That invite link could not be found. Reload the page and try again.",
  failure: "The invite link could not be withdrawn. Try again in a moment.",
  run: ({ draftId, inviteId }, actor) => revokeInvite(actor, draftId, inviteId),
  after: (_data, { draftId }) => revalidatePath(sharingPath(draftId)),
  message: () => "Invite link withdrawn: it no longer works.",
});

/** The signed-in reviewer accepts an invite and lands on the draft's review page. */
export const acceptInviteAction = defineFormAction({
  name: "acceptInvite",
  schema: AcceptInviteSchema,
  invalid: "That invite link is not complete. Copy the whole link and try again.",
  failure: "The invite could not be accepted. Try again in a moment.",
  run: ({ token }, actor) => acceptInvite(actor, token),
  after: ({ draftId }) => {
    revalidatePath("/review");
    redirect(`/review/${draftId}`);
  },
});
