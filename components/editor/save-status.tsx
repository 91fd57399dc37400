"use client";

import type { AutosaveStatus } from "@/components/editor/use-autosave";

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

function describe(status: AutosaveStatus, dirty: boolean): string {
  switch (status.kind) {
    case "saved":
      return status.at ? `Saved ${time(status.at)}` : "All changes saved";
    case "pending":
      return dirty ? "Unsaved changes" : "All changes saved";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline – kept on this device";
    case "retrying":
      return "Couldn't save – retrying";
    case "invalid":
      return status.message;
    case "conflict":
      return "Not saved: this draft changed elsewhere. Choose a version below.";
  }
}

/** The save status, always visible and announced to screen readers. */
export function SaveStatusText({ status, dirty }: { status: AutosaveStatus; dirty: boolean }) {
  const problem = status.kind === "invalid" || status.kind === "retrying" || status.kind === "conflict";
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm ${problem ? "text-red-700" : "text-slate-600"}`}>
      {describe(status, dirty)}
    </p>
  );
}
