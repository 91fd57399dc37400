"use client";

import { RUBRIC_ITEMS } from "@/lib/rubric/items";
import type { DraftScore } from "@/lib/rubric/types";

/**
 * On narrow screens the checklist sits below the editor; this bar stays at the top of
 * the screen while typing, shows the live score, and jumps to the checklist. `pending`: the
 * score is of older text (the worker is loading or scoring), as in the checklist.
 */
export function ScoreBar({ score, targetId, pending = false }: { score: DraftScore; targetId: string; pending?: boolean }) {
  const met = Object.values(score.items).filter((item) => item.status === "met").length;
  const open = () => {
    const target = document.getElementById(targetId);
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  };
  return (
    <div className="no-print sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 shadow-sm lg:hidden">
      <button
        type="button"
        onClick={open}
        data-testid="score-bar"
        className="flex w-full items-center justify-between gap-3 text-left text-sm"
      >
        <span aria-busy={pending}>
          <span className={`text-lg font-bold ${pending ? "text-slate-500" : "text-slate-900"}`}>{score.total}</span>/100 · {met} of{" "}
          {RUBRIC_ITEMS.length} probes met
          {pending ? (
            <span data-testid="score-bar-pending" className="ml-2 text-xs text-slate-500">
              Updating…
            </span>
          ) : null}
        </span>
        <span className="font-semibold text-brand-700">Checklist ↓</span>
      </button>
    </div>
  );
}
