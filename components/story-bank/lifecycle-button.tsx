"use client";

import { useActionState } from "react";

import type { ListView } from "@/lib/drafts/story-bank-schema";
import type { FormAction, FormActionState } from "@/lib/errors";

type Kind = "delete" | "restore" | "archive" | "unarchive";

const PENDING: Record<Kind, string> = { delete: "Deleting…", restore: "Restoring…", archive: "Archiving…", unarchive: "Moving…" };

const LOOK = {
  link: "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60",
  danger: "rounded-md px-2 py-1 text-sm font-medium text-red-700 underline-offset-2 hover:underline disabled:opacity-60",
  solid: "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60",
  onDark: "rounded-md bg-white px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60",
} as const;

/**
 * One button that deletes, restores, archives or unarchives a draft. No confirmation:
 * every one of these can be undone (delete goes to the trash for 30 days). On success
 * the server action moves to the list with a line saying what happened.
 */
export function LifecycleButton({
  kind,
  action,
  draftId,
  view,
  label,
  describedBy,
  look = "link",
}: {
  kind: Kind;
  /** The page hands down the matching server action (deleteDraftAction, restoreDraftAction, setArchivedAction). */
  action: FormAction<unknown>;
  draftId: string;
  view: ListView;
  label: string;
  describedBy?: string;
  look?: keyof typeof LOOK;
}) {
  const [state, formAction, pending] = useActionState<FormActionState<unknown>, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="view" value={view} />
      {kind === "archive" || kind === "unarchive" ? <input type="hidden" name="archived" value={String(kind === "archive")} /> : null}
      <button type="submit" disabled={pending} aria-describedby={describedBy} className={LOOK[look]}>
        {pending ? PENDING[kind] : label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className={`text-sm font-medium ${look === "onDark" ? "text-red-200" : "text-red-700"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
