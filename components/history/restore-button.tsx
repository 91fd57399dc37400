"use client";

import { useActionState } from "react";

import { restoreRevisionAction } from "@/app/drafts/[id]/history/actions";

/** Restores one version as a new version of the draft; shows why if it could not. */
export function RestoreButton({ draftId, revisionId, version }: { draftId: string; revisionId: string; version: number }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
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
      {state ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
