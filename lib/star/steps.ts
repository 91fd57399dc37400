import type { SectionKey } from "@/lib/drafts/draft-schema";

// The guided walk through one answer. Copy written for Gameday; the facts behind it
// (what interviewers probe on this question) come from shared/seed.
export type StarStep = {
  key: SectionKey;
  name: string;
  prompt: string;
  questions: string[];
  placeholder: string;
};

export const STAR_STEPS: readonly StarStep[] = [
  {
    key: "situation",
    name: "Situation",
    prompt: "Set the stage in a few sentences: which component you owned, where it sits, and what it had to guarantee.",
    questions: [
      "What is the component called, and what breaks for whom if it misbehaves?",
      "Does every read or write flow through it (data path), or does it decide placement, routing or metadata (control path)?",
      "Which numbers defined 'healthy': a p99 latency, an availability target, durability, a request rate, a data size?",
    ],
    placeholder: "I was on the team that ran our tenant metadata cache, which sits in front of…",
  },
  {
    key: "task",
    name: "Task",
    prompt: "Say what was yours to do, in the first person, and what finished would look like.",
    questions: [
      "What was your role: owner, on-call, tech lead, incident commander, the one who designed it?",
      "What was the checkable target: a latency under a bound, zero lost writes, zero mismatches after repair?",
    ],
    placeholder: "I was the primary on-call that week and later owned the fix. Success meant…",
  },
  {
    key: "actions",
    name: "Actions",
    prompt: "This is where interviewers dig. Walk through the incident, the debugging and the fix, step by step.",
    questions: [
      "What did you see first, when, and how many users or how much data did it touch?",
      "Which metrics, logs or traces did you read, what did you suspect, and how did you prove or rule each idea out?",
      "What exactly caused it, what did you change, what did you trade away, and how did you ship it safely and repair any damaged data?",
    ],
    placeholder: "The first signal was an alert on replication lag at 02:10…",
  },
  {
    key: "results",
    name: "Results",
    prompt: "Close with numbers, with what now stops it happening again, and with what you learned.",
    questions: [
      "What moved, before and after: latency, error rate, incidents per quarter, time to recover?",
      "What prevents a repeat: a new alert, a runbook, an invariant check, a test in CI?",
      "Looking back, what would you do differently?",
    ],
    placeholder: "p99 fell from 180 ms to 12 ms and we have had no repeat in six months…",
  },
];

export function stepIndex(key: string | undefined): number {
  const index = STAR_STEPS.findIndex((step) => step.key === key);
  return index === -1 ? 0 : index;
}

/**
 * Extra prompts for a candidate whose example is adjacent to storage (a cache, a queue,
 * a concurrency-heavy service): interviewers want the parallel drawn explicitly.
 */
export const ADJACENT_PROMPTS: Partial<Record<SectionKey, string>> = {
  situation: "Your example is not a storage system: say in a sentence what it shares with one (state, durability, consistency) and where it differs.",
  actions: "Point out which parts of the debugging would carry over to a storage component and which were specific to your system.",
  results: "Close the loop: what would you check first if the same failure hit a database or a replicated store?",
};
