import pino, { type Logger } from "pino";

import { opsEnv } from "@/lib/ops/ops-env";
import { currentRequestId } from "@/lib/ops/request-context";

// One JSON logger per process (pino), one object per line on stdout. Every line written
// while a request is served carries its `requestId` (also sent back as X-Request-Id).
// Rule: never log draft text or request bodies. Log ids, counts, outcomes and
// `describeError(error)`, never a raw error: a Prisma validation error's message quotes the
// arguments of the failed call, which would be the candidate's words.
const holder = globalThis as typeof globalThis & { __gamedayLogger?: Logger };

export const logger: Logger = (holder.__gamedayLogger ??= pino({
  level: opsEnv().LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  messageKey: "msg",
  mixin() {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
}));

/** What a log line may say about an error: its kind and the first line of its message, cut short. */
export function describeError(error: unknown): { name: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: "non-error thrown" };
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.split("\n", 1)[0] ?? "";
  return {
    name: error.name,
    ...(typeof code === "string" ? { code } : {}),
    message: firstLine.length > 160 ? `${firstLine.slice(0, 160)}…` : firstLine,
  };
}
