// How two rubric engines compare on one labelled set, for the decision rule of
// docs/decisions/004 (a step ships when, on a batch nobody has scored, macro-F1 rises by at least
// 0.01 and rho falls by no more than 0.02). The point figures are evaluateCorpus's; beside them, a
// paired bootstrap: the same answers drawn with replacement for both engines, so the interval is
// of the difference, which varies far less than either figure alone. On 40-60 texts a single
// figure moves by several hundredths from one draw to the next; the interval says how much of a
// difference that size of set can tell apart.

import { evaluateCorpus } from "../../lib/rubric/evaluate";
import type { CorpusAnswer } from "../../lib/rubric/input";
import type { DraftScore } from "../../lib/rubric/types";
import { seededRandom } from "./seeded-random";

export type ScoredRow = { answer: CorpusAnswer; score: DraftScore };

export type PairedFigure = {
  before: number;
  after: number;
  delta: number;
  /** The paired bootstrap's 5th and 95th percentiles of `delta`. */
  low: number;
  high: number;
};

export type PairedComparison = { answers: number; macroF1: PairedFigure; rho: PairedFigure };

export type DecisionRule = { minMacroGain: number; minRhoChange: number };

/** The rule of docs/decisions/004 since session 20. */
export const DECISION_RULE: DecisionRule = { minMacroGain: 0.01, minRhoChange: -0.02 };

/**
 * The rule for a step that only ranks (session 32): it cannot change an item, so it is judged on rho, up by
 * at least 0.02, with macro-F1 not down.
 */
export const RANK_RULE: DecisionRule = { minMacroGain: 0, minRhoChange: 0.02 };

function figures(rows: readonly ScoredRow[]): { macroF1: number; rho: number } {
  const m = evaluateCorpus([...rows]);
  return { macroF1: m.macroF1, rho: m.spearman ?? 0 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
}

/**
 * `before[i]` and `after[i]` must score the same answer. Deterministic for a given seed.
 */
export function comparePaired(
  before: readonly ScoredRow[],
  after: readonly ScoredRow[],
  options: { resamples?: number; seed?: number } = {},
): PairedComparison {
  if (before.length !== after.length) throw new Error("comparePaired: the two engines must score the same answers");
  before.forEach((row, i) => {
    if (row.answer.id !== after[i]!.answer.id) throw new Error(`comparePaired: answer ${i} differs (${row.answer.id}, ${after[i]!.answer.id})`);
  });
  const resamples = options.resamples ?? 2000;
  const random = seededRandom(options.seed ?? 25);
  const b = figures(before);
  const a = figures(after);
  const dMacro: number[] = [];
  const dRho: number[] = [];
  const n = before.length;
  for (let r = 0; r < resamples && n > 0; r++) {
    const pickB: ScoredRow[] = [];
    const pickA: ScoredRow[] = [];
    for (let k = 0; k < n; k++) {
      const i = Math.floor(random() * n);
      pickB.push(before[i]!);
      pickA.push(after[i]!);
    }
    const fb = figures(pickB);
    const fa = figures(pickA);
    dMacro.push(fa.macroF1 - fb.macroF1);
    dRho.push(fa.rho - fb.rho);
  }
  dMacro.sort((x, y) => x - y);
  dRho.sort((x, y) => x - y);
  const figure = (before: number, after: number, deltas: number[]): PairedFigure => ({
    before,
    after,
    delta: after - before,
    low: deltas.length ? percentile(deltas, 0.05) : 0,
    high: deltas.length ? percentile(deltas, 0.95) : 0,
  });
  return { answers: n, macroF1: figure(b.macroF1, a.macroF1, dMacro), rho: figure(b.rho, a.rho, dRho) };
}

/** Whether the point figures pass the rule (the interval is reported, not decided on). */
export function passesRule(c: PairedComparison, rule: DecisionRule = DECISION_RULE): boolean {
  // a hair of tolerance: 0.01 printed from 0.00999999 is a pass as read
  return c.macroF1.delta >= rule.minMacroGain - 1e-9 && c.rho.delta >= rule.minRhoChange - 1e-9;
}
