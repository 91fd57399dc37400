"use client";

import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";
import type { UnsavedCopy } from "@/components/editor/unsaved-copies";

const when = (ms: number) =>
  ms ? new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "at an unknown time";

/** Which parts of a kept copy differ from the text in the editor. */
function differences(copy: DraftContent, current: DraftContent): string {
  const parts = [copy.title !== current.title ? "title" : null, ...SECTION_KEYS.filter((k) => copy[k] !== current[k]).map(sectionName)];
  return parts.filter(Boolean).join(", ");
}

/**
 * Words this browser kept for this draft that never reached the server (another tab, a
 * crash, a closed laptop). Each copy can be opened beside the saved text, or thrown away.
 */
export function RecoveryPanel({
  copies,
  saved,
  onRecover,
  onDiscard,
}: {
  copies: UnsavedCopy[];
  saved: DraftContent;
  onRecover: (copy: UnsavedCopy) => void;
  onDiscard: (copy: UnsavedCopy) => void;
}) {
  return (
    <section aria-labelledby="recovery-heading" className="no-print rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-heading" className="font-semibold text-amber-950">
        {copies.length === 1 ? "Unsaved words found in this browser" : `${copies.length} unsaved versions found in this browser`}
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Another tab or an earlier visit kept text that never reached the server. Open one to compare it with the saved draft
        and choose what to keep.
      </p>
      <ul className="mt-3 flex flex-col gap-2" aria-label="Unsaved versions">
        {copies.map((copy) => (
          <li key={copy.key} className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-white p-3 text-sm">
            <span>
              Kept {when(copy.keptAt)} · differs in {differences(copy.content, saved) || "whitespace only"}
            </span>
            <span className="flex gap-2">
              <button
                type="button"
                onClick={() => onRecover(copy)}
                className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
              >
                Compare and keep
              </button>
              <button
                type="button"
                onClick={() => onDiscard(copy)}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800"
              >
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
