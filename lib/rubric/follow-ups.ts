// Common follow-up questions an infra interviewer asks after the story, with the
// checklist items a good answer to each one shows. Used by the drill feature, which
// scores an answer with scoreFollowUp(text, followUp.targets).

import type { ItemId } from "./types";

export type FollowUp = {
  id: string;
  question: string;
  targets: readonly ItemId[];
};

export const FOLLOW_UPS: readonly FollowUp[] = [
  {
    id: "why-strategy",
    question: "Why did you pick that consistency, replication or locking approach over the alternatives you had?",
    targets: ["tradeoffs", "root_cause", "fix"],
  },
  {
    id: "do-differently",
    question: "If you had more time, or could start over, what would you do differently?",
    targets: ["reflection", "prevention", "tradeoffs"],
  },
  {
    id: "no-data-loss",
    question: "How did you make sure the fix didn't lose data or corrupt it silently?",
    targets: ["data_repair", "validation", "rollout"],
  },
  {
    id: "adjacent-teams",
    question: "Which neighbouring teams did this involve (SRE, platform, client owners), and how did you coordinate with them?",
    targets: ["collaboration", "ownership"],
  },
  {
    id: "how-debugged",
    question: "What was the first signal that pointed you in the right direction, and what did you rule out on the way?",
    targets: ["signals", "hypotheses", "reproduction"],
  },
  {
    id: "how-measured",
    question: "How did you know the fix worked, and how long has it held?",
    targets: ["validation", "quantified_results", "success_criteria"],
  },
];
