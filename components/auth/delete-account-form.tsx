"use client";

import { useActionState, useId } from "react";

import { forgetUserCopies } from "@/components/editor/unsaved-copies";
import type { FormAction, FormActionState } from "@/lib/errors";

/** Deletes the account after the user types the phrase; this device's unsaved copies go first. */
export function DeleteAccountForm({
  userKey,
  phrase,
  action,
}: {
  userKey: string;
  /** The words to type (lib/account/account-schema.ts), handed down by the page with the action. */
  phrase: string;
  action: FormAction<unknown>;
}) {
  const id = useId();
  const [state, formAction, pending] = useActionState<FormActionState<unknown>, FormData>(async (previous, formData) => {
    forgetUserCopies(userKey);
    return action(previous, formData);
  }, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <label htmlFor={`${id}-confirm`} className="text-sm font-medium text-slate-800">
        Type “{phrase}” to confirm
      </label>
      <input id={`${id}-confirm`} name="confirm" autoComplete="off" className="max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? "Deleting…" : "Delete my account and all my data"}
      </button>
      <p role="alert" className="text-sm font-medium text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}
