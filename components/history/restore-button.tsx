"use client";

import { useActionState } from "react";

import type { FormAction, FormActionState } from "@/lib/errors";

/** Restores one version as a new version of the draft; shows why if it could not. */
export function RestoreButton({
  draftId,
  revisionId,
  version,
  restore,
}: {
  draftId: string;
  revisionId: string;
  version: number;
  /** restoreRevisionAction, handed down by the page. */
  restore: FormAction<unknown>;
}) {
  const [state, action, pending] = useActionState<FormActionState<unknown>, FormData>(restore, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:border-brand-600 disabled:opacity-60"
      >
        {pending ? "Restoring…" : "Restore"}
        <span className="sr-only"> version {version}</span>
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
