// Question profiles: the seed infra-ownership question and four related infra behavioral
// questions. Each reuses the same 20 checklist items and shifts their weights towards
// what that question's interviewer cares about most. Questions are in Gameday's own words.

import { RULES } from "./rules";
import type { ItemId } from "./types";

export type QuestionProfile = {
  id: string;
  title: string;
  /** The question as the candidate sees it. */
  question: string;
  /** Weight overrides; items not listed keep their default weight from RUBRIC_ITEMS. */
  weights: Partial<Record<ItemId, number>>;
};

export const DEFAULT_PROFILE_ID = "infra-ownership";

export const QUESTION_PROFILES: readonly QuestionProfile[] = [
  {
    id: "infra-ownership",
    title: "Owning and debugging an infra component",
    question:
      "Tell me about a storage, distributed-systems or other low-level infrastructure component you were responsible for. What did it do, what did it have to guarantee, and walk me through one hard incident: how you debugged it, the trade-offs you made, and how you saw the fix through.",
    weights: {},
  },
  {
    id: "outage-lead",
    title: "Leading an outage",
    question:
      "Describe an outage where you were the one coordinating the response. How did you find out, how did you stabilise things, how did you keep everyone informed, and what changed afterwards?",
    weights: { incident: 9, ownership: 8, collaboration: 7, signals: 7, rollout: 4, prevention: 7, quantified_results: 6, reflection: 5, data_path: 3, scale: 3 },
  },
  {
    id: "metric-anomaly",
    title: "Deep dive into a metric anomaly",
    question:
      "Tell me about a time a metric looked wrong and you dug until you understood why. What did you notice, which signals did you follow, what did you suspect, and how did you prove it?",
    weights: { signals: 9, hypotheses: 9, reproduction: 7, root_cause: 8, incident: 6, rollout: 3, data_repair: 3, collaboration: 2, success_criteria: 4 },
  },
  {
    id: "consistency-tradeoff",
    title: "Consistency versus availability",
    question:
      "Walk me through a decision where you had to give up some consistency, durability or availability to get something else. What were the options, what did each cost, how did you decide, and how did it hold up?",
    weights: { tradeoffs: 10, slo: 8, data_path: 6, data_repair: 6, validation: 6, success_criteria: 6, reproduction: 3, signals: 4, collaboration: 4 },
  },
  {
    id: "risky-migration",
    title: "A risky migration",
    question:
      "Describe a migration of a critical system or its data that could have gone badly wrong. How did you plan it, how did you keep data safe, how did you roll it out and roll back, and what happened?",
    weights: { rollout: 9, data_repair: 8, validation: 8, success_criteria: 7, tradeoffs: 7, collaboration: 5, hypotheses: 3, reproduction: 3, signals: 4 },
  },
];

const DEFAULT_WEIGHTS = Object.fromEntries(RULES.map((r) => [r.id, r.weight])) as Record<ItemId, number>;

/** Resolves a profile id (or object) to a profile with every item's weight filled in. */
export function resolveProfile(p?: string | QuestionProfile): { id: string; weights: Record<ItemId, number> } {
  const found =
    typeof p === "object" && p !== null
      ? p
      : (QUESTION_PROFILES.find((q) => q.id === p) ?? QUESTION_PROFILES.find((q) => q.id === DEFAULT_PROFILE_ID)!);
  const weights = { ...DEFAULT_WEIGHTS };
  for (const [id, w] of Object.entries(found.weights)) {
    if (id in weights && typeof w === "number" && Number.isFinite(w) && w >= 0) weights[id as ItemId] = w;
  }
  return { id: found.id, weights };
}
