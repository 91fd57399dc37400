"use client";

import { useActionState } from "react";

import type { FormAction, FormActionState } from "@/lib/errors";

/** Accepts an invite; on success the server action opens the draft's review page. */
export function AcceptInviteForm({ action, token }: { action: FormAction<unknown>; token: string }) {
  const [state, formAction, pending] = useActionState<FormActionState<unknown>, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Accepting…" : "Accept and open the draft"}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
