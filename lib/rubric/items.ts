// What each checklist item is, for people: its home section, label, default weight and what
// "met" needs. Kept apart from the patterns in rules.ts so the UI can show the checklist
// without loading the engine (the editor scores in a Web Worker; issue #7's first-load budget).

import { ITEM_IDS, type ItemHome, type ItemId } from "./types";

export type ItemMeta = {
  /** The section the item belongs to ("any": collaboration can appear anywhere). */
  home: ItemHome;
  /** Short human name for the UI. */
  label: string;
  /** Default weight (the "infra-ownership" profile). */
  weight: number;
  /** What "met" needs, for people. */
  description: string;
};

export const ITEM_META: Readonly<Record<ItemId, ItemMeta>> = {
  component: { home: "situation", label: "Component and role", weight: 6, description: "Names the concrete component and what depends on it or what it does in the system." },
  data_path: { home: "situation", label: "Data or control path", weight: 5, description: "Places the component on the data path or the metadata/control path, or says which requests flow through it." },
  slo: { home: "situation", label: "Reliability goal (SLO)", weight: 6, description: "States a reliability or performance goal with a number: p99 latency, availability %, durability nines, RPO/RTO, error budget." },
  scale: { home: "situation", label: "Scale", weight: 4, description: "Gives load or size with a number: QPS, requests/s, TB/PB, objects, nodes, tenants." },
  ownership: { home: "task", label: "Your role", weight: 6, description: "States the speaker's own role in the first person: owner, on-call, tech lead, incident commander, designer, led the work." },
  success_criteria: { home: "task", label: "What success meant", weight: 5, description: "Says what success meant as a checkable target (a bound, zero lost writes, zero mismatches after repair)." },
  incident: { home: "actions", label: "A specific incident", weight: 7, description: "Describes one specific incident or hard problem with its symptom (what was seen, when, blast radius)." },
  signals: { home: "actions", label: "Debug signals", weight: 6, description: "Names specific debug signals: particular metrics or dashboards, log lines, traces, profiles, dumps." },
  reproduction: { home: "actions", label: "Reproduction", weight: 5, description: "Reproduced the problem: minimal reproducer, load test, replayed traffic, fault injection, stress test, staging repro." },
  hypotheses: { home: "actions", label: "Hypotheses tested", weight: 5, description: "States at least one hypothesis and how it was tested, confirmed or ruled out." },
  root_cause: { home: "actions", label: "Root cause", weight: 7, description: "Names the specific mechanism that caused it (a race, retries causing duplicates, misconfiguration, failover bug, lock ordering, clock skew...)." },
  fix: { home: "actions", label: "The fix", weight: 7, description: "Names the concrete code or design change (lock sharding, idempotency keys, stricter commit rule, checksums, backpressure, fencing tokens...)." },
  tradeoffs: { home: "actions", label: "Trade-offs", weight: 6, description: "Names a choice between alternatives and why, or a cost knowingly accepted." },
  rollout: { home: "actions", label: "Safe rollout", weight: 5, description: "Manages the risk of shipping: feature flag, canary, staged or percentage rollout, shadow traffic, rollback plan." },
  data_repair: { home: "actions", label: "Data repair", weight: 4, description: "Handles data already affected or proves none was: backfill, repair job, reconciliation, checksum or scrub verification, audit of affected records." },
  validation: { home: "actions", label: "Validation", weight: 5, description: "Tests the fix: regression test, load or soak test, chaos or fault-injection test, model check, verified against the reproducer." },
  quantified_results: { home: "results", label: "Results in numbers", weight: 6, description: "Reports the outcome in numbers, ideally before and after, or a measured absence of recurrence." },
  prevention: { home: "results", label: "Prevention", weight: 5, description: "Puts permanent prevention in place: postmortem with action items, new alerts, runbooks, invariant checks, CI tests, design-review rules." },
  collaboration: { home: "any", label: "Working with other teams", weight: 3, description: "Coordinates with adjacent teams or stakeholders by role (SRE, platform, client SDK owners, customers, leadership) and says how." },
  reflection: { home: "results", label: "Reflection", weight: 4, description: "Says what they would do differently, or the lesson that changed how they work." },
};

export type RubricItem = {
  id: ItemId;
  /** The section the item belongs to ("any": collaboration can appear anywhere). */
  section: ItemHome;
  /** Short human name for the UI. */
  label: string;
  /** Default weight (the "infra-ownership" profile). */
  weight: number;
  /** What "met" needs. */
  description: string;
};

/** The 20 checklist items in ITEMS.md order. */
export const RUBRIC_ITEMS: readonly RubricItem[] = ITEM_IDS.map((id) => ({
  id,
  section: ITEM_META[id].home,
  label: ITEM_META[id].label,
  weight: ITEM_META[id].weight,
  description: ITEM_META[id].description,
}));
