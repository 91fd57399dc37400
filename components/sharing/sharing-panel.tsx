"use client";

import { useRef, useState, useTransition } from "react";

import { LocalTime } from "@/components/relative-time";
import type { ObjectAction } from "@/lib/errors";
import type { SharingView } from "@/lib/star/sharing-view";

type CreateInvite = ObjectAction<{ draftId: string }, { inviteId: string; token: string; expiresAt: Date }>;
type RevokeShare = ObjectAction<{ draftId: string; shareId: string }>;
type RevokeInvite = ObjectAction<{ draftId: string; inviteId: string }>;


/**
 * The owner's sharing controls: make an invite link (shown once, with a copy button), see
 * who has access and which links are still waiting, and end either at once.
 */
export function SharingPanel({
  view,
  createInvite,
  revokeShare,
  revokeInvite,
}: {
  view: SharingView;
  createInvite: CreateInvite;
  revokeShare: RevokeShare;
  revokeInvite: RevokeInvite;
}) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const linkField = useRef<HTMLInputElement>(null);

  function run<T>(call: () => Promise<{ ok: true; data: T; message: string | null } | { ok: false; message: string }>, onOk?: (data: T) => void) {
    setError(null);
    setNotice(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (result.ok) {
          onOk?.(result.data);
          setNotice(result.message);
        } else {
          setError(result.message);
        }
      } catch {
        setError("The server could not be reached. Check the connection and try again.");
      }
    });
  }

  function makeLink() {
    setCopied(false);
    run(
      () => createInvite({ draftId: view.draftId }),
      ({ token }) => setLink(`${window.location.origin}/invite/${token}`),
    );
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard permission (or not a secure context): select the link so Ctrl+C copies it.
      linkField.current?.select();
      setError("Copying is not allowed here: the link is selected, press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="invite-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite a reviewer
        </h2>
        <p className="text-sm text-slate-700">
          A link lets one signed-in person read this draft and its checklist. It works once, for 7 days. They can never change your
          text, and you can end their access at any time.
        </p>
        <div>
          <button
            type="button"
            onClick={makeLink}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Working…" : "Create invite link"}
          </button>
        </div>
        {link ? (
          <div className="flex flex-col gap-2">
            <label htmlFor="invite-link" className="text-sm font-medium text-slate-800">
              Invite link (shown only now: copy it and send it to your reviewer)
            </label>
            <div className="flex flex-wrap gap-2">
              <input
                ref={linkField}
                id="invite-link"
                readOnly
                value={link}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
              />
              <button type="button" onClick={() => void copy()} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50">
                {copied ? "Copied" : "Copy link"}
              </button>
            </div>
          </div>
        ) : null}
        <p role="status" aria-live="polite" className="text-sm text-emerald-800">
          {notice ?? ""}
          {copied ? " Link copied." : ""}
        </p>
        {error ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="access-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="access-heading" className="text-lg font-semibold">
          Who has access
        </h2>
        {view.shares.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody but you. Create an invite link to ask a coach for a review.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100" aria-label="Reviewers with access">
            {view.shares.map((share) => (
              <li key={share.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{share.name}</span> <span className="text-sm text-slate-600">({share.email})</span>
                  <span className="block text-xs text-slate-500">
                    since <LocalTime iso={share.grantedAt} />
                  </span>
                </span>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => revokeShare({ draftId: view.draftId, shareId: share.id }))}
                  aria-label={`Remove access for ${share.name}`}
                  className="rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:underline disabled:opacity-60"
                >
                  Remove access
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pending-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="pending-heading" className="text-lg font-semibold">
          Invite links not used yet
        </h2>
        {view.invites.length === 0 ? (
          <p className="text-sm text-slate-600">None waiting.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100" aria-label="Invite links not used yet">
            {view.invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="text-sm">
                  Made <LocalTime iso={invite.createdAt} /> · works until <LocalTime iso={invite.expiresAt} />
                </span>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => revokeInvite({ draftId: view.draftId, inviteId: invite.id }))}
                  aria-label={`Withdraw the invite link that works until ${invite.expiresAt.slice(0, 16).replace("T", " ")} UTC`}
                  className="rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:underline disabled:opacity-60"
                >
                  Withdraw link
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
