// The sentence bank's snippets (tests/fixtures/rubric/sentence-bank/README.md) as drafts, and how
// the engine's verdicts on them add up per item. Shared by eval:snippets and the trainer.

import { readFileSync } from "node:fs";

import type { DraftScore } from "../../lib/rubric/index";
import { ITEM_IDS, type ItemId, type Sections } from "../../lib/rubric/types";

export type Snippet = { id: string; section: keyof Sections; sentences: Array<{ t: string; items: Record<string, string> }> };

export function readSnippets(files: readonly string[]): Snippet[] {
  const out: Snippet[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) out.push(JSON.parse(line) as Snippet);
  }
  return out;
}

/** The snippet as a draft holding only it, in its writer's section; a bullet ("- ") starts a new line. */
export function snippetSections(snippet: Snippet): Sections {
  const sections: Sections = { situation: "", task: "", actions: "", results: "" };
  sections[snippet.section] = snippet.sentences.map((s, i) => (i > 0 && s.t.startsWith("- ") ? "\n" : i > 0 ? " " : "") + s.t).join("");
  return sections;
}

/** Per item: met when one sentence is marked met, else partial when one is marked partial. */
export function snippetTruth(snippet: Snippet): Record<ItemId, "met" | "partial" | "missing"> {
  const truth = {} as Record<ItemId, "met" | "partial" | "missing">;
  for (const id of ITEM_IDS) {
    const marks = snippet.sentences.map((s) => s.items[id]);
    truth[id] = marks.includes("met") ? "met" : marks.includes("partial") ? "partial" : "missing";
  }
  return truth;
}

export type Tally = { tp: number; fp: number; fn: number; pos: number; neg: number };

export const emptyTallies = () => Object.fromEntries(ITEM_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, pos: 0, neg: 0 }])) as Record<ItemId, Tally>;

/** Adds one snippet's verdicts to the tallies; partial snippets are left out of an item's figures. */
export function tallySnippet(tallies: Record<ItemId, Tally>, truth: Record<ItemId, "met" | "partial" | "missing">, score: DraftScore): void {
  for (const id of ITEM_IDS) {
    if (truth[id] === "partial") continue;
    const said = score.items[id].status === "met";
    const row = tallies[id];
    if (truth[id] === "met") {
      row.pos++;
      if (said) row.tp++;
      else row.fn++;
    } else {
      row.neg++;
      if (said) row.fp++;
    }
  }
}

export function tallyFigures(t: Tally): { recall: number | null; precision: number | null; f1: number | null } {
  const recall = t.pos === 0 ? null : t.tp / t.pos;
  const precision = t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
  const f1 = recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : t.pos > 0 ? 0 : null;
  return { recall, precision, f1 };
}

/** Items with at least this many met snippets count in the macro-F1 (fewer say too little). */
export const MIN_MET_SNIPPETS = 5;

/** Mean F1 over the items with MIN_MET_SNIPPETS met snippets or more, and how many there are. */
export function snippetMacroF1(tallies: Record<ItemId, Tally>): { macro: number; items: number } {
  const f1s = ITEM_IDS.filter((id) => tallies[id].pos >= MIN_MET_SNIPPETS).map((id) => tallyFigures(tallies[id]).f1 ?? 0);
  return { macro: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0, items: f1s.length };
}
