"use client";

import { useActionState, useCallback, useEffect, useId, useState } from "react";

import type { FormAction, FormActionState } from "@/lib/errors";
import {
  BAND_LABELS,
  formatDuration,
  REHEARSAL_TARGET,
  rehearsalBand,
  spokenDuration,
  type RehearsalBand,
} from "@/lib/rehearsals/rehearsal-schema";

// The bar runs from 0 to 5 minutes; the target band sits at 2-4.
const SCALE_SECONDS = 300;
const pct = (seconds: number) => `${Math.min(100, (seconds / SCALE_SECONDS) * 100)}%`;

const BAND_STYLE: Record<RehearsalBand, string> = {
  short: "text-amber-800",
  "in-range": "text-emerald-800",
  long: "text-red-700",
};

const BAND_HINT: Record<RehearsalBand, string> = {
  short: "Keep going: a full telling takes at least two minutes.",
  "in-range": "Good length: land the results and stop before four minutes.",
  long: "Over four minutes: cut detail from the situation and keep the actions.",
};

type Clock = { running: boolean; startedAt: number; banked: number };
const STOPPED: Clock = { running: false, startedAt: 0, banked: 0 };

/** Start, pause and reset a run; shows elapsed time against the 2-4 minute target; saves a finished run. */
export function RehearsalTimer({
  draftId,
  record,
  className = "",
}: {
  draftId: string;
  /** recordRehearsalAction, handed down by the page. */
  record: FormAction<{ seconds: number }>;
  className?: string;
}) {
  const [clock, setClock] = useState<Clock>(STOPPED);
  const [now, setNow] = useState(0);
  const id = useId();

  useEffect(() => {
    if (!clock.running) return;
    // `start` already set `now`; the interval only moves it on.
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [clock.running]);

  const elapsedMs = clock.banked + (clock.running ? Math.max(0, now - clock.startedAt) : 0);
  const seconds = Math.floor(elapsedMs / 1000);
  const band = rehearsalBand(seconds);

  const start = () => {
    const at = Date.now();
    setNow(at);
    setClock((c) => (c.running ? c : { running: true, startedAt: at, banked: c.banked }));
  };
  const pause = useCallback(() => {
    const at = Date.now();
    setClock((c) => (c.running ? { running: false, startedAt: 0, banked: c.banked + (at - c.startedAt) } : c));
  }, []);
  const reset = useCallback(() => setClock(STOPPED), []);

  const [state, formAction, pending] = useActionState<FormActionState<{ seconds: number }>, FormData>(async (previous, formData) => {
    const result = await record(previous, formData);
    if (result.ok) reset();
    return result;
  }, null);

  const started = elapsedMs > 0 || clock.running;
  const label = clock.running ? "Pause" : started ? "Resume" : "Start";

  return (
    // Compact on purpose: the page keeps it on screen (sticky) above the outline on a phone.
    <section
      aria-labelledby={`${id}-heading`}
      className={`flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-md sm:gap-3 sm:p-5 ${className}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="flex items-baseline gap-3">
          <h2 id={`${id}-heading`} className="text-lg font-semibold">
            Timer
          </h2>
          <div
            role="timer"
            aria-label={`Elapsed time ${spokenDuration(seconds)}`}
            data-testid="elapsed"
            className="font-mono text-4xl font-bold tabular-nums text-slate-900 sm:text-5xl"
          >
            {formatDuration(seconds)}
          </div>
        </div>
        <p className="text-sm text-slate-600">
          Target {formatDuration(REHEARSAL_TARGET.minSeconds)}–{formatDuration(REHEARSAL_TARGET.maxSeconds)}
        </p>
      </div>

      <div aria-hidden="true" className="flex flex-col gap-1">
        <div className="relative h-2 overflow-hidden rounded-full bg-slate-100 sm:h-3">
          <div className="absolute inset-y-0 left-0 bg-amber-100" style={{ width: pct(REHEARSAL_TARGET.minSeconds) }} />
          <div
            className="absolute inset-y-0 bg-emerald-200"
            style={{ left: pct(REHEARSAL_TARGET.minSeconds), width: pct(REHEARSAL_TARGET.maxSeconds - REHEARSAL_TARGET.minSeconds) }}
          />
          <div className="absolute inset-y-0 right-0 bg-red-100" style={{ left: pct(REHEARSAL_TARGET.maxSeconds) }} />
          <div className="absolute inset-y-0 w-1 -translate-x-1/2 rounded bg-slate-900" style={{ left: pct(seconds) }} />
        </div>
        <div className="hidden justify-between text-xs text-slate-500 sm:flex">
          <span>0:00</span>
          <span>2:00</span>
          <span>4:00</span>
          <span>5:00+</span>
        </div>
      </div>

      {/* Announced only when the band changes, not every second. */}
      <p aria-live="polite" data-testid="band" data-band={band} className={`text-sm font-medium ${BAND_STYLE[band]}`}>
        {started ? `${BAND_LABELS[band]}. ${BAND_HINT[band]}` : "Press Start and tell it from the outline."}
      </p>

      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={clock.running ? pause : start}
          className="min-w-20 rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white shadow-sm hover:bg-brand-700 sm:min-w-24 sm:px-4 sm:py-2"
        >
          {label}
        </button>
        <button
          type="button"
          onClick={reset}
          disabled={!started}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-50 sm:px-4 sm:py-2"
        >
          Reset
        </button>
        <form action={formAction} onSubmit={pause} className="contents">
          <input type="hidden" name="draftId" value={draftId} />
          <input type="hidden" name="seconds" value={seconds} />
          <button
            type="submit"
            disabled={pending || seconds < 1}
            className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-1.5 font-semibold text-emerald-900 hover:bg-emerald-100 disabled:opacity-50 sm:px-4 sm:py-2"
          >
            {pending ? "Saving…" : "Mark run done"}
          </button>
        </form>
      </div>
      <p role="status" aria-live="polite" className={`text-sm ${state && !state.ok ? "font-medium text-red-700" : "text-emerald-800"}`}>
        {state?.message}
      </p>
    </section>
  );
}
