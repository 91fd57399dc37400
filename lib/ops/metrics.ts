import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

// The process's Prometheus metrics (served by /api/metrics). Each app instance keeps and
// serves its own counts; Prometheus scrapes every instance and adds them up (its
// `instance` label tells them apart), so nothing here is shared or stored. The registry
// lives on globalThis: Next.js may bundle this module into several route chunks, and all
// of them must count into the one registry.
//
// Buckets in seconds, dense around the save SLO (p99 < 100 ms, README "The app's own SLO").
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5];
const DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export type SaveOutcome = "ok" | "conflict" | "invalid" | "not_found" | "signed_out" | "error";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "gameday_" });
  return {
    registry,
    httpRequests: new Counter({
      name: "gameday_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status code.",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "gameday_http_request_duration_seconds",
      help: "Time from the request's arrival to the last byte of its response, by method and route pattern.",
      labelNames: ["method", "route"] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    saves: new Counter({
      name: "gameday_draft_saves_total",
      help: "Draft saves by outcome: ok, conflict (lost a race, told), invalid, not_found, signed_out, error.",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    saveDuration: new Histogram({
      name: "gameday_draft_save_duration_seconds",
      help: "Time to handle one draft save (parse, read, score, write), by outcome.",
      labelNames: ["outcome"] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    actions: new Counter({
      name: "gameday_actions_total",
      help: "Server actions (and the route handlers that run one) by action name and outcome: ok or the error code the caller was told.",
      labelNames: ["action", "outcome"] as const,
      registers: [registry],
    }),
    actionDuration: new Histogram({
      name: "gameday_action_duration_seconds",
      help: "Time to run one action (parse, access check, the work), by action name.",
      labelNames: ["action"] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    dbDuration: new Histogram({
      name: "gameday_db_query_duration_seconds",
      help: "Database statement latency as Prisma reports it, by statement kind.",
      labelNames: ["statement"] as const,
      buckets: DB_BUCKETS,
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const holder = globalThis as typeof globalThis & { __gamedayMetrics?: Metrics };

export function metrics(): Metrics {
  return (holder.__gamedayMetrics ??= createMetrics());
}

export function recordSave(outcome: SaveOutcome, seconds: number): void {
  const m = metrics();
  m.saves.inc({ outcome });
  m.saveDuration.observe({ outcome }, seconds);
}

/**
 * One run of a server action: its name (a fixed string from the code, so the label set stays
 * small) and what the caller was told, `ok` or an error code.
 */
export function recordAction(action: string, outcome: string, seconds: number): void {
  const m = metrics();
  m.actions.inc({ action, outcome });
  m.actionDuration.observe({ action }, seconds);
}

const STATEMENTS = new Set(["select", "insert", "update", "delete", "begin", "commit", "rollback", "savepoint", "release", "with", "pragma", "create"]);

/** Records one database statement's duration, labelled by its first SQL keyword. */
export function recordQuery(sql: string, milliseconds: number): void {
  const keyword = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toLowerCase() ?? "other";
  metrics().dbDuration.observe({ statement: STATEMENTS.has(keyword) ? keyword : "other" }, milliseconds / 1000);
}
