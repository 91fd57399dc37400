import { describe, expect, it } from "vitest";

import type { CorpusAnswer } from "@/lib/rubric/input";
import { ITEM_IDS, type DraftScore, type ItemId, type ItemStatus } from "@/lib/rubric/types";
import { comparePaired, passesRule, RANK_RULE, type ScoredRow } from "@/scripts/lib/paired-decision";

// The decision rule's arithmetic (scripts/decide-rubric.ts): the point figures are evaluateCorpus's,
// the interval is of the paired difference.

function row(id: string, grade: number, labelMet: ItemId[], engineMet: ItemId[], total: number): ScoredRow {
  const labels = Object.fromEntries(ITEM_IDS.map((i) => [i, labelMet.includes(i) ? "met" : "missing"])) as Record<ItemId, ItemStatus>;
  const items = Object.fromEntries(ITEM_IDS.map((i) => [i, { id: i, status: engineMet.includes(i) ? "met" : "missing", evidence: [], weight: 5 }]));
  const answer: CorpusAnswer = { id, grade, labels, sections: { situation: "", task: "", actions: "", results: "" } };
  // evaluateCorpus reads only the items' statuses and the total
  return { answer, score: { total, items } as unknown as DraftScore };
}

/** Forty answers: grades 1-4, the engine's total rising with the grade, fix met by the readers in half. */
function corpus(engineFindsFix: (i: number) => boolean, total: (i: number) => number = (i) => 10 + 20 * (i % 4)): ScoredRow[] {
  return Array.from({ length: 40 }, (_, i) =>
    row(`a${i}`, 1 + (i % 4), i % 2 === 0 ? ["fix", "incident"] : ["incident"], engineFindsFix(i) ? ["fix", "incident"] : ["incident"], total(i)),
  );
}

describe("comparePaired", () => {
  it("an engine against itself changes nothing, and its interval is a point", () => {
    const rows = corpus((i) => i % 4 === 0);
    const c = comparePaired(rows, rows, { resamples: 200 });
    expect(c.macroF1.delta).toBe(0);
    expect([c.macroF1.low, c.macroF1.high, c.rho.low, c.rho.high]).toEqual([0, 0, 0, 0]);
    expect(passesRule(c)).toBe(false);
  });

  it("finding the fix in every answer that has it raises macro-F1, with an interval above zero", () => {
    const before = corpus((i) => i % 4 === 0);
    const after = corpus((i) => i % 2 === 0);
    const c = comparePaired(before, after, { resamples: 500 });
    // fix: F1 2/3 -> 1 over 20 items, the other items unchanged
    expect(c.macroF1.delta).toBeCloseTo((1 - 2 / 3) / 20, 10);
    expect(c.macroF1.low).toBeGreaterThan(0);
    expect(c.rho.delta).toBe(0);
    expect(passesRule(c)).toBe(true);
  });

  it("under the rank rule, a better ranking with the items as they were passes, and no change does not", () => {
    const before = corpus(
      (i) => i % 4 === 0,
      (i) => 50 + (i % 7),
    );
    const after = corpus((i) => i % 4 === 0);
    const c = comparePaired(before, after, { resamples: 200 });
    expect(c.macroF1.delta).toBe(0);
    expect(c.rho.delta).toBeGreaterThan(0.02);
    expect(passesRule(c)).toBe(false);
    expect(passesRule(c, RANK_RULE)).toBe(true);
    expect(passesRule(comparePaired(after, after, { resamples: 50 }), RANK_RULE)).toBe(false);
  });

  it("a gain in macro-F1 bought with the ranking does not pass", () => {
    const before = corpus((i) => i % 4 === 0);
    const after = corpus(
      (i) => i % 2 === 0,
      (i) => 70 - 20 * (i % 4),
    );
    const c = comparePaired(before, after, { resamples: 200 });
    expect(c.macroF1.delta).toBeGreaterThan(0.01);
    expect(c.rho.delta).toBeLessThan(-1);
    expect(passesRule(c)).toBe(false);
  });

  it("draws the same resamples for a given seed, and other ones for another", () => {
    const before = corpus((i) => i % 4 === 0);
    const after = corpus((i) => i % 3 === 0, (i) => 10 + 20 * (i % 4) + (i % 5));
    const one = comparePaired(before, after, { resamples: 300, seed: 1 });
    expect(comparePaired(before, after, { resamples: 300, seed: 1 })).toEqual(one);
    const other = comparePaired(before, after, { resamples: 300, seed: 2 });
    expect([other.macroF1.delta, other.rho.delta]).toEqual([one.macroF1.delta, one.rho.delta]);
    expect([other.macroF1.low, other.macroF1.high]).not.toEqual([one.macroF1.low, one.macroF1.high]);
  });

  it("refuses two lists that do not score the same answers", () => {
    const rows = corpus(() => true);
    expect(() => comparePaired(rows, rows.slice(1))).toThrow(/same answers/);
    expect(() => comparePaired(rows, [...rows].reverse())).toThrow(/differs/);
  });
});
