import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import type { ItemId } from "@/lib/rubric/types";
import { emptyTallies, readSnippets, snippetSections, snippetTruth, tallyFigures, tallySnippet } from "@/scripts/lib/snippets";

// Session 18 (docs/decisions/004): rules for one item at a time, read off other rounds and decided
// on a sentence-bank round written afterwards for that item by three writers who never saw the
// engine. Those rounds are scored here only in aggregate, as they were for the decision, and the
// trainer never learns from them (MEASURE_ROUNDS). Each floor sits between the item's F1 on its
// round before its rules and after them, so the test fails without the rules.
const CASES: Array<{ item: ItemId; rounds: string[]; before: number; floor: number }> = [
  // root cause told as the moment it was named ("Identified —", "found it:", "there's your N+1")
  { item: "root_cause", rounds: ["b71", "b72", "b73"], before: 0.75, floor: 0.753 },
  // trade-offs in plain words ("which we were okay with", "better than another hour of timeouts")
  { item: "tradeoffs", rounds: ["b77", "b78", "b79"], before: 0.788, floor: 0.81 },
  // the fix put under stress, with how it held ("hammered it for six hours and the errors stayed at zero")
  { item: "validation", rounds: ["b83", "b84", "b85"], before: 0.554, floor: 0.63 },
];

describe("items on the fresh rounds written for them", () => {
  const dir = join(__dirname, "../../fixtures/rubric/sentence-bank");
  it.each(CASES)("$item on $rounds: F1 at least $floor (it was $before before its rules)", ({ item, rounds, floor }) => {
    const snippets = readSnippets(rounds.map((r) => join(dir, `${r}.jsonl`)));
    expect(snippets.length).toBeGreaterThan(290);
    const tallies = emptyTallies();
    for (const s of snippets) tallySnippet(tallies, snippetTruth(s), scoreDraft(snippetSections(s)));
    const { f1 } = tallyFigures(tallies[item]);
    expect(f1).not.toBeNull();
    expect(f1!).toBeGreaterThanOrEqual(floor);
  });
});
