import { z } from "zod";

import { IdSchema } from "@/lib/drafts/draft-schema";

// Inputs of the sharing actions (issue 9 §3), shared by the client forms and the server
// (CONVENTIONS.md #4). Ids name rows the server looks up again through the access layer;
// they are never trusted on their own.

/** How long an invite link works (docs/decisions/007-sharing.md). */
export const INVITE_LIFETIME_DAYS = 7;

/** A raw invite token: 32 random bytes in base64url, which is 43 characters. */
export const InviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That invite link is not complete. Copy the whole link and try again.");

export const CreateInviteSchema = z.object({ draftId: IdSchema });
export const AcceptInviteSchema = z.object({ token: InviteTokenSchema });
export const RevokeShareSchema = z.object({ draftId: IdSchema, shareId: IdSchema });
export const RevokeInviteSchema = z.object({ draftId: IdSchema, inviteId: IdSchema });

/** The one answer for an invite that cannot be used: unknown, used, expired and revoked look alike. */
export const INVITE_INVALID = "This invite link cannot be used: it has expired, was already used or was withdrawn. Ask for a new link.";
