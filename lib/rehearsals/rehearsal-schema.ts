import { z } from "zod";

import { IdSchema } from "@/lib/drafts/draft-schema";

// Timing rules for a spoken run-through. The target is the 2-4 minutes an interviewer
// usually allows for the first telling of a behavioural story.
export const REHEARSAL_TARGET = { minSeconds: 120, maxSeconds: 240 } as const;
// A run longer than an hour is a timer left running, not a rehearsal.
export const REHEARSAL_MAX_SECONDS = 60 * 60;

export type RehearsalBand = "short" | "in-range" | "long";

export function rehearsalBand(seconds: number): RehearsalBand {
  if (seconds < REHEARSAL_TARGET.minSeconds) return "short";
  if (seconds > REHEARSAL_TARGET.maxSeconds) return "long";
  return "in-range";
}

export const BAND_LABELS: Record<RehearsalBand, string> = {
  short: "Under 2 minutes",
  "in-range": "Within 2–4 minutes",
  long: "Over 4 minutes",
};

/** "2:05" (minutes:seconds), or "1:02:05" past an hour. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** "2 minutes 5 seconds", for screen readers. */
export function spokenDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}

export const RecordRehearsalSchema = z.object({
  draftId: IdSchema,
  seconds: z.coerce
    .number({ error: "The run time must be a number of seconds." })
    .int({ error: "The run time must be whole seconds." })
    .min(1, { error: "Start the timer before marking a run done." })
    .max(REHEARSAL_MAX_SECONDS, { error: "That run is over an hour; reset the timer and try again." }),
});
export type RecordRehearsalInput = z.infer<typeof RecordRehearsalSchema>;
