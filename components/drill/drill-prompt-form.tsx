"use client";

import { useActionState, useId, useState } from "react";

import { saveDrillAnswerAction, type SaveDrillAnswerState } from "@/app/drafts/[id]/drill/actions";
import { ItemStatusList } from "@/components/drill/item-status-list";
import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { DRILL_LIMITS, DrillAnswerTextSchema } from "@/lib/drills/drill-schema";

export type DrillPromptProps = {
  draftId: string;
  promptId: string;
  question: string;
  /** Checklist labels of the items this question targets. */
  targetLabels: string[];
  labels: Record<string, string>;
  heading: string;
  saved: DrillAnswerView | null;
};

const count = (n: number) => n.toLocaleString("en-US");

/** One follow-up question: the answer box, its limit, the save result and the per-item score. */
export function DrillPromptForm({ draftId, promptId, question, targetLabels, labels, heading, saved }: DrillPromptProps) {
  const [state, formAction, pending] = useActionState<SaveDrillAnswerState, FormData>(saveDrillAnswerAction, null);
  const [text, setText] = useState(saved?.answer ?? "");
  const [clientError, setClientError] = useState<string | null>(null);
  const id = useId();
  const latest = state?.ok ? state.answer : saved;
  const over = text.length - DRILL_LIMITS.answer;
  const error = clientError ?? (state && !state.ok ? state.message : null);
  const changed = latest ? text.trim() !== latest.answer : text.trim().length > 0;

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div>
        <h2 id={`${id}-heading`} className="text-xs font-semibold uppercase tracking-wider text-slate-500">
          {heading}
        </h2>
        <p className="mt-1 text-lg font-semibold text-slate-900">{question}</p>
        <p className="mt-1 text-sm text-slate-600">Scored on: {targetLabels.join(", ")}</p>
      </div>
      <form
        action={formAction}
        noValidate
        onSubmit={(event) => {
          const parsed = DrillAnswerTextSchema.safeParse(text);
          if (!parsed.success) {
            event.preventDefault();
            setClientError(parsed.error.issues[0]?.message ?? "Check the answer.");
            return;
          }
          setClientError(null);
        }}
        className="flex flex-col gap-2"
      >
        <input type="hidden" name="draftId" value={draftId} />
        <input type="hidden" name="promptId" value={promptId} />
        <label htmlFor={`${id}-answer`} className="text-sm font-medium text-slate-700">
          Your answer <span className="font-normal text-slate-500">(a few sentences, up to {count(DRILL_LIMITS.answer)} characters)</span>
        </label>
        <textarea
          id={`${id}-answer`}
          name="answer"
          rows={5}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (clientError) setClientError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base leading-relaxed"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p id={`${id}-count`} className={`text-sm ${over > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
            {over > 0 ? `Over the limit by ${count(over)} characters` : `${count(text.length)} / ${count(DRILL_LIMITS.answer)} characters`}
          </p>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Saving…" : latest ? "Save new answer" : "Save answer"}
          </button>
        </div>
        <div role="status" aria-live="polite" className="text-sm">
          {error ? (
            <p id={`${id}-error`} className="font-medium text-red-700">
              {error}
            </p>
          ) : state?.ok ? (
            <p className="text-emerald-800">{state.message}</p>
          ) : null}
        </div>
      </form>
      {latest ? (
        <div className="flex flex-col gap-2 border-t border-slate-100 pt-3">
          <p className="text-sm text-slate-600">
            {changed ? "Score of the last saved answer (you have unsaved changes):" : "Score of your saved answer:"}
          </p>
          <ItemStatusList statuses={latest.statuses} labels={labels} />
        </div>
      ) : null}
    </section>
  );
}
