import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { AcceptInviteForm } from "@/components/sharing/accept-invite-form";
import { getActor } from "@/lib/auth/current-actor.server";
import { previewInvite } from "@/lib/sharing/accept-invite.server";
import { acceptInviteAction } from "@/lib/sharing/sharing-actions.server";
import { InviteTokenSchema, INVITE_INVALID } from "@/lib/sharing/sharing-schema";

// "same-origin": the page's address (its token) goes to no other site, and its own form post keeps its
// Origin. Under "no-referrer" Chromium sends a form post's Origin as "null", so an Accept clicked before
// the page's scripts ran was refused as a cross-site Server Action (session 34).
export const metadata: Metadata = { title: "Review invite", referrer: "same-origin" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  await connection();
  const { token } = await params;
  const actor = await getActor();
  // Signing in comes back here; the token is checked only once someone is signed in.
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`);
  const parsed = InviteTokenSchema.safeParse(token);
  const validToken = parsed.success ? parsed.data : null;
  const invite = validToken ? await previewInvite(validToken) : null;

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">Review invite</h1>
      {invite && validToken ? (
        <>
          <p className="text-slate-700">
            <span className="font-medium">{invite.candidateName}</span> invites you to review the draft{" "}
            <span className="font-medium">“{invite.title}”</span>. You will be able to read it and its checklist, not change it. The
            link works once, until <LocalTime iso={invite.expiresAt.toISOString()} />.
          </p>
          {invite.ownerId === actor.userId ? (
            <p className="rounded-md bg-slate-100 p-3 text-slate-800">
              This is your own invite link: send it to the person who should review the draft. It stays unused until they accept it.
            </p>
          ) : (
            <AcceptInviteForm action={acceptInviteAction} token={validToken} />
          )}
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
            {INVITE_INVALID}
          </p>
          <Link href="/review" className="font-medium text-brand-700 underline">
            Go to your review queue
          </Link>
        </>
      )}
    </div>
  );
}
