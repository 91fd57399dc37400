"use client";

import { useId } from "react";

import { ItemStatusList } from "@/components/drill/item-status-list";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { useDrillAutosave, type DrillSaveStatus, type SaveDrillAnswer } from "@/components/drill/use-drill-autosave";
import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { DRILL_LIMITS } from "@/lib/drills/drill-schema";

export type DrillPromptProps = {
  draftId: string;
  promptId: string;
  question: string;
  /** Checklist labels of the items this question targets. */
  targetLabels: string[];
  labels: Record<string, string>;
  heading: string;
  saved: DrillAnswerView | null;
  saveAnswer: SaveDrillAnswer;
};

const count = (n: number) => n.toLocaleString("en-US");
const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

function coverage(answer: DrillAnswerView): string {
  const met = answer.statuses.filter((item) => item.status === "met").length;
  const total = answer.statuses.length;
  return `covers ${met} of ${total} targeted point${total === 1 ? "" : "s"}`;
}

function describe(status: DrillSaveStatus, latest: DrillAnswerView | null): string {
  switch (status.kind) {
    case "idle":
      return "Your answer saves as you type.";
    case "saved": {
      const when = status.at ? `Saved ${time(status.at)}` : "Saved";
      return latest ? `${when}: it ${coverage(latest)}.` : `${when}.`;
    }
    case "pending":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline – kept on this device";
    case "retrying":
      return `Couldn't save – retrying. ${status.message}`;
    case "empty":
      return "An empty answer isn't saved; your last saved answer is kept.";
    case "invalid":
    case "kept":
      return status.message;
  }
}

/** One follow-up question: the answer box (autosaved), its limit, the save status and the per-item score. */
export function DrillPromptForm({ draftId, promptId, question, targetLabels, labels, heading, saved, saveAnswer }: DrillPromptProps) {
  const { text, setText, status, latest, dirty, save } = useDrillAutosave(draftId, promptId, saved, saveAnswer);
  const id = useId();
  const answerRef = useTypedBeforeHydration<HTMLTextAreaElement>(text, setText);
  const over = text.length - DRILL_LIMITS.answer;
  const problem = status.kind === "invalid" || status.kind === "retrying" || status.kind === "kept";

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
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save({ explicit: true });
        }}
        className="flex flex-col gap-2"
      >
        <label htmlFor={`${id}-answer`} className="text-sm font-medium text-slate-700">
          Your answer <span className="font-normal text-slate-500">(a few sentences, up to {count(DRILL_LIMITS.answer)} characters)</span>
        </label>
        <textarea
          ref={answerRef}
          id={`${id}-answer`}
          name="answer"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => void save()}
          aria-invalid={status.kind === "invalid" ? true : undefined}
          aria-describedby={`${id}-count ${id}-status`}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base leading-relaxed"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p id={`${id}-count`} className={`text-sm ${over > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
            {over > 0 ? `Over the limit by ${count(over)} characters` : `${count(text.length)} / ${count(DRILL_LIMITS.answer)} characters`}
          </p>
          <button
            type="submit"
            disabled={status.kind === "saving"}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
          >
            {status.kind === "saving" ? "Saving…" : "Save answer"}
          </button>
        </div>
        <p
          id={`${id}-status`}
          role="status"
          aria-live="polite"
          data-testid="drill-save-status"
          className={`text-sm ${problem ? "font-medium text-red-700" : status.kind === "saved" ? "text-emerald-800" : "text-slate-600"}`}
        >
          {describe(status, latest)}
        </p>
      </form>
      {latest ? (
        <div className="flex flex-col gap-2 border-t border-slate-100 pt-3">
          <p className="text-sm text-slate-600">
            {dirty ? "Score of the last saved answer (you have unsaved changes):" : "Score of your saved answer:"}
          </p>
          <ItemStatusList statuses={latest.statuses} labels={labels} />
        </div>
      ) : null}
    </section>
  );
}
