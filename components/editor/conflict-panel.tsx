"use client";

import { useState } from "react";

import type { DraftSnapshot } from "@/lib/drafts/draft-schema";
import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";

type Choice = "mine" | "theirs" | { merged: DraftContent };

const FIELDS = ["title", ...SECTION_KEYS] as const;
const fieldName = (key: (typeof FIELDS)[number]) => (key === "title" ? "Title" : sectionName(key));

/** Both versions side by side; the candidate keeps theirs, takes the other, or merges by hand. */
export function ConflictPanel({
  message,
  mine,
  theirs,
  onResolve,
}: {
  message: string;
  mine: DraftContent;
  theirs: DraftSnapshot;
  onResolve: (choice: Choice) => void;
}) {
  const changed = FIELDS.filter((key) => mine[key] !== theirs[key]);
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState<DraftContent>(mine);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-5">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        This draft changed somewhere else
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {message} The other copy is version {theirs.version}.
      </p>
      <div className="mt-4 flex flex-col gap-4">
        {changed.map((key) => (
          <div key={key} className="grid gap-3 md:grid-cols-2">
            <div>
              <h3 className="text-sm font-semibold">Yours: {fieldName(key)}</h3>
              <pre data-testid={`mine-${key}`} className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 font-sans text-sm">
                {mine[key]}
              </pre>
            </div>
            <div>
              <h3 className="text-sm font-semibold">Saved elsewhere: {fieldName(key)}</h3>
              <pre data-testid={`theirs-${key}`} className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 font-sans text-sm">
                {theirs[key]}
              </pre>
            </div>
            {merging ? (
              <label className="flex flex-col gap-1 text-sm font-semibold md:col-span-2">
                Merged {fieldName(key).toLowerCase()}
                <textarea
                  value={merged[key]}
                  rows={key === "title" ? 1 : 6}
                  onChange={(e) => setMerged((prev) => ({ ...prev, [key]: e.target.value }))}
                  className="rounded border border-slate-300 p-2 font-normal"
                />
              </label>
            ) : null}
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        {merging ? (
          <button type="button" onClick={() => onResolve({ merged })} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Save merged version
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onResolve("mine")} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
              Keep mine
            </button>
            <button type="button" onClick={() => onResolve("theirs")} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
              Take theirs
            </button>
            <button type="button" onClick={() => setMerging(true)} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
              Merge by hand
            </button>
          </>
        )}
      </div>
    </section>
  );
}
