// The reference the rubric engine must beat: plain term spotting. An item counts as met
// when any of the checklist's own terms (shared/rubric/ITEMS.md) appears anywhere in the
// answer; the total is the share of items spotted. No sections, negation or stories.
import { ITEM_IDS, type ItemId, type Sections } from "../../lib/rubric/index";

const TERMS: Record<ItemId, string[]> = {
  component: ["service", "database", "store", "cache", "queue", "cluster", "system", "component"],
  data_path: ["data path", "metadata path", "control path", "request path", "write path", "read path", "every request", "every write", "every read"],
  slo: ["slo", "sla", "p99", "p999", "availability", "durability", "nines", "rpo", "rto", "error budget"],
  scale: ["qps", "requests per second", "req/s", "tb", "pb", "nodes", "tenants", "objects", "million", "billion"],
  ownership: ["owner", "owned", "on-call", "oncall", "tech lead", "incident commander", "i led", "i designed"],
  success_criteria: ["success", "goal", "target", "under", "zero"],
  incident: ["incident", "outage", "inconsistency", "corruption", "replication lag", "deadlock", "regression"],
  signals: ["metric", "dashboard", "log", "trace", "profile", "core dump", "error rate", "queue depth"],
  reproduction: ["reproduce", "reproduced", "repro", "load test", "replay", "fault injection", "stress test"],
  hypotheses: ["hypothesis", "hypothesized", "suspected", "ruled out", "theory"],
  root_cause: ["root cause", "race", "caused by", "bug in", "misconfiguration", "clock skew", "lock ordering"],
  fix: ["fix", "fixed", "patch", "changed", "lock sharding", "idempotency", "backpressure", "fencing"],
  tradeoffs: ["trade-off", "tradeoff", "trade off", "instead of", "rather than", "at the cost"],
  rollout: ["feature flag", "canary", "rollout", "rolled out", "staged", "shadow", "rollback"],
  data_repair: ["backfill", "repair", "reconcil", "scrub", "audit", "checksum"],
  validation: ["regression test", "load test", "soak", "chaos", "tested", "staging", "verified"],
  quantified_results: ["%", "reduced", "from", "dropped", "improved", "zero"],
  prevention: ["postmortem", "post-mortem", "alert", "runbook", "invariant", "ci test", "design review"],
  collaboration: ["sre", "team", "platform", "stakeholder", "customer", "leadership", "worked with"],
  reflection: ["differently", "lesson", "learned", "next time", "in hindsight"],
};

export function termSpottingTotal(sections: Sections): number {
  const text = Object.values(sections).join("\n").toLowerCase();
  const spotted = ITEM_IDS.filter((id) => TERMS[id].some((term) => text.includes(term))).length;
  return Math.round((100 * spotted) / ITEM_IDS.length);
}

export function termSpottingMet(sections: Sections): Record<ItemId, boolean> {
  const text = Object.values(sections).join("\n").toLowerCase();
  return Object.fromEntries(ITEM_IDS.map((id) => [id, TERMS[id].some((term) => text.includes(term))])) as Record<ItemId, boolean>;
}
