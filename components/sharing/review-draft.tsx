"use client";

import { useCallback, useRef } from "react";

import { FeedbackPanel } from "@/components/editor/feedback-panel";
import { SECTION_KEYS, sectionName, type SectionKey } from "@/lib/drafts/draft-schema";
import type { DraftScore, Evidence, Sections } from "@/lib/rubric/types";

/**
 * A draft as a reviewer reads it: the four STAR sections in read-only fields (so "Show in
 * draft" can select the words that earned an item, as in the editor) beside the same
 * checklist panel the candidate sees. Nothing here can change the text.
 */
export function ReviewDraft({ sections, score }: { sections: Sections; score: DraftScore }) {
  const fields = useRef<Partial<Record<SectionKey, HTMLTextAreaElement | null>>>({});
  const showEvidence = useCallback((evidence: Evidence) => {
    if (evidence.section === "answer") return;
    const field = fields.current[evidence.section];
    if (!field) return;
    field.focus();
    field.setSelectionRange(evidence.start, evidence.end);
  }, []);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex flex-col gap-5">
        {SECTION_KEYS.map((key) => (
          <div key={key} className="flex flex-col gap-1">
            <label htmlFor={`review-${key}`} className="text-lg font-semibold">
              {sectionName(key)}
            </label>
            {sections[key].trim() ? (
              <textarea
                id={`review-${key}`}
                ref={(element) => {
                  fields.current[key] = element;
                }}
                readOnly
                value={sections[key]}
                rows={Math.min(16, Math.max(4, Math.ceil(sections[key].length / 80) + sections[key].split("\n").length))}
                className="w-full resize-y rounded-md border border-slate-200 bg-slate-50 p-3 leading-relaxed text-slate-900"
              />
            ) : (
              <p id={`review-${key}`} className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500">
                Not written yet.
              </p>
            )}
          </div>
        ))}
      </div>
      <FeedbackPanel score={score} sections={sections} onShowEvidence={showEvidence} />
    </div>
  );
}
