// Corpus metrics as shared/rubric/FORMAT.md defines them: per-item precision, recall and
// F1 of "engine says met" against "label says met" over answers labeled met or missing,
// macro-F1, Spearman's rho of total against grade, and the highest total of any
// stuffed/offtopic answer.

import { ITEM_IDS, type DraftScore, type ItemId } from "./types";
import type { CorpusAnswer } from "./input";

export type ItemMetrics = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; n: number };
export type CorpusMetrics = {
  answers: number;
  items: Record<ItemId, ItemMetrics>;
  macroF1: number;
  spearman: number | null;
  maxStuffedOrOfftopic: number | null;
  /** Lowest total of any answer of kind "strong" (null if none). */
  minStrong: number | null;
};

function ranks(xs: number[]): number[] {
  const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = avg;
    i = j + 1;
  }
  return r;
}

/** Spearman's rho: Pearson correlation of average ranks (ties handled). */
export function spearman(a: number[], b: number[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i]! - ma;
    const y = rb[i]! - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? null : num / Math.sqrt(da * db);
}

export function evaluateCorpus(rows: Array<{ answer: CorpusAnswer; score: DraftScore }>): CorpusMetrics {
  const items = {} as Record<ItemId, ItemMetrics>;
  for (const id of ITEM_IDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let n = 0;
    for (const { answer, score } of rows) {
      const label = answer.labels?.[id];
      if (label !== "met" && label !== "missing") continue;
      n++;
      const says = score.items[id].status === "met";
      if (says && label === "met") tp++;
      else if (says) fp++;
      else if (label === "met") fn++;
    }
    // An item with nothing to find and nothing found is perfect, not undefined.
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    items[id] = { precision, recall, f1, tp, fp, fn, n };
  }
  const macroF1 = ITEM_IDS.reduce((s, id) => s + items[id].f1, 0) / ITEM_IDS.length;
  const graded = rows.filter((r) => typeof r.answer.grade === "number");
  const rho = spearman(
    graded.map((r) => r.score.total),
    graded.map((r) => r.answer.grade!),
  );
  const bad = rows.filter((r) => r.answer.kind === "stuffed" || r.answer.kind === "offtopic").map((r) => r.score.total);
  const strong = rows.filter((r) => r.answer.kind === "strong").map((r) => r.score.total);
  return {
    answers: rows.length,
    items,
    macroF1,
    spearman: rho,
    maxStuffedOrOfftopic: bad.length ? Math.max(...bad) : null,
    minStrong: strong.length ? Math.min(...strong) : null,
  };
}
