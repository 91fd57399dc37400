// Trains the rubric engine's learned layer (lib/rubric/learned.ts) on the tuning sets only.
//
//   npx tsx scripts/train-rubric-layer.ts --cv        5-fold cross-validation on the tuning sets
//                                                     (how the settings below were chosen)
//   npx tsx scripts/train-rubric-layer.ts --write OUT trains on all tuning answers and writes the
//                                                     weights to OUT (JSON, for scoreDraft's `learned`
//                                                     option; the product does not ship them: see
//                                                     docs/decisions/004, session 4)
//
// Never reads the frozen test splits or the real texts: those are measured by eval:rubric.
//
// The model, per checklist item: a sentence's logit is a bias plus the weights of its
// features; an answer's is a soft maximum over its sentences (multiple-instance learning: the
// labels say whether the answer meets the item, not which sentence does). Answers labelled
// met are positives, missing ones negatives, partial ones weak negatives. Adam on the
// logistic loss with an L2 penalty; features seen in fewer than MIN_DF answers are dropped,
// and small weights are pruned so the shipped file stays small.

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { learnedInputs, scoreDraft } from "../lib/rubric/engine";
import { evaluateCorpus } from "../lib/rubric/evaluate";
import { parseCorpusAnswer, type CorpusAnswer } from "../lib/rubric/input";
import type { LearnedModel } from "../lib/rubric/learned";
import { ITEM_IDS } from "../lib/rubric/types";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "..");
const TUNING = [
  resolve(root, "../shared/rubric/devset"),
  join(root, "tests/fixtures/rubric/corpus"),
  join(root, "tests/fixtures/rubric/authored/tune"),
  join(root, "tests/fixtures/rubric/real-style/tune"),
  // real public texts collected for training (git-ignored: other people's words; see its README)
  join(root, "tests/fixtures/rubric/real-train/texts"),
];

const args = process.argv.slice(2);
const num = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SETTINGS = {
  minDf: num("min-df", 2),
  l2: num("l2", 0.02),
  epochs: num("epochs", 200),
  lr: num("lr", 0.08),
  pool: num("pool", 4), // sharpness of the soft maximum over sentences
  partialWeight: num("partial-weight", 0.3),
  posWeight: num("pos-weight", 1),
  met: num("met", 1.0), // sentence logit for met
  prune: num("prune", 0.03),
  keep: num("keep", 0.1),
  finalPrune: num("final-prune", 0.08),
  // Per item, met needs a sentence logit above all but this share of the held-out negatives'
  // best sentences (answers labelled missing, in cross-validation): real answers meet far
  // fewer items than the tuning answers, so the threshold is set by false alarms, not by F1.
  fpr: num("fpr", 0.05),
};

type Row = { answer: CorpusAnswer; sentences: string[][] };

function load(): Row[] {
  const rows: Row[] = [];
  for (const dir of TUNING) {
    if (!existsSync(dir)) {
      console.error(`not here, trained without it: ${dir}`);
      continue;
    }
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
      const parsed = parseCorpusAnswer(JSON.parse(readFileSync(join(dir, name), "utf8")));
      if (!parsed.ok) throw new Error(`${dir}/${name}: ${parsed.error}`);
      rows.push({ answer: parsed.answer, sentences: learnedInputs(parsed.answer.sections) });
    }
  }
  return rows;
}

/**
 * Two passes: a fit on every feature seen in at least minDf answers, then a refit on the
 * features that earned a weight of at least `keep` for some item, so the shipped file is
 * small and the weights it keeps carry what the dropped ones did.
 */
function train(rows: Row[]): LearnedModel {
  const df = new Map<string, number>();
  for (const r of rows) for (const f of new Set(r.sentences.flat())) df.set(f, (df.get(f) ?? 0) + 1);
  const first = fit(rows, [...df].filter(([, n]) => n >= SETTINGS.minDf).map(([f]) => f).sort(), SETTINGS.prune);
  if (SETTINGS.keep <= SETTINGS.prune) return first;
  const kept = Object.entries(first.features).filter(([, ps]) => ps.some(([, w]) => Math.abs(w) >= SETTINGS.keep)).map(([f]) => f).sort();
  return fit(rows, kept, SETTINGS.finalPrune);
}

function fit(rows: Row[], vocab: string[], prune: number): LearnedModel {
  const index = new Map(vocab.map((f, i) => [f, i]));
  const docs = rows.map((r) => r.sentences.map((s) => Int32Array.from(s.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))));
  const V = vocab.length;
  const bias: number[] = [];
  const weights: Float64Array[] = [];
  for (const id of ITEM_IDS) {
    const ys: Array<{ d: number; y: number; c: number }> = [];
    rows.forEach((r, d) => {
      const l = r.answer.labels?.[id];
      if (l === "met") ys.push({ d, y: 1, c: SETTINGS.posWeight });
      else if (l === "missing") ys.push({ d, y: 0, c: 1 });
      else if (l === "partial") ys.push({ d, y: 0, c: SETTINGS.partialWeight });
    });
    const w = new Float64Array(V);
    let b = -2;
    const mw = new Float64Array(V);
    const vw = new Float64Array(V);
    let mb = 0;
    let vb = 0;
    const b1 = 0.9;
    const b2 = 0.999;
    const n = ys.reduce((s, y) => s + y.c, 0) || 1;
    for (let ep = 1; ep <= SETTINGS.epochs; ep++) {
      const gw = new Float64Array(V);
      let gb = 0;
      for (const { d, y, c } of ys) {
        const sents = docs[d]!;
        if (sents.length === 0) continue;
        const z = sents.map((s) => {
          let v = b;
          for (const f of s) v += w[f]!;
          return v;
        });
        const mx = Math.max(...z);
        const ex = z.map((v) => Math.exp(SETTINGS.pool * (v - mx)));
        const sum = ex.reduce((s, v) => s + v, 0);
        const Z = mx + Math.log(sum) / SETTINGS.pool;
        const p = 1 / (1 + Math.exp(-Z));
        const g = (c * (p - y)) / n;
        sents.forEach((s, k) => {
          const share = (g * ex[k]!) / sum;
          gb += share;
          for (const f of s) gw[f] = gw[f]! + share;
        });
      }
      for (let f = 0; f < V; f++) {
        const gf = gw[f]! + SETTINGS.l2 * w[f]!;
        mw[f] = b1 * mw[f]! + (1 - b1) * gf;
        vw[f] = b2 * vw[f]! + (1 - b2) * gf * gf;
        w[f] = w[f]! - (SETTINGS.lr * (mw[f]! / (1 - b1 ** ep))) / (Math.sqrt(vw[f]! / (1 - b2 ** ep)) + 1e-8);
      }
      mb = b1 * mb + (1 - b1) * gb;
      vb = b2 * vb + (1 - b2) * gb * gb;
      b -= (SETTINGS.lr * (mb / (1 - b1 ** ep))) / (Math.sqrt(vb / (1 - b2 ** ep)) + 1e-8);
    }
    bias.push(Math.round(b * 100) / 100);
    weights.push(w);
  }
  const features: LearnedModel["features"] = {};
  vocab.forEach((f, fi) => {
    const pairs: Array<[number, number]> = [];
    weights.forEach((w, item) => {
      const v = w[fi]!;
      if (Math.abs(v) >= prune) pairs.push([item, Math.round(v * 100) / 100]);
    });
    if (pairs.length) features[f] = pairs;
  });
  return {
    version: 1,
    bias,
    met: ITEM_IDS.map(() => SETTINGS.met),
    features,
  };
}

/** Per item, the highest sentence logit of an answer (gates ignored). */
function maxLogits(model: LearnedModel, r: Row): number[] {
  return ITEM_IDS.map((_, i) => {
    let best = -Infinity;
    for (const s of r.sentences) {
      let z = model.bias[i]!;
      for (const f of s) for (const [it, w] of model.features[f] ?? []) if (it === i) z += w;
      best = Math.max(best, z);
    }
    return best;
  });
}


const K = 5;

/** K-fold: each answer's per-item best sentence logit under a model that never saw it. */
function crossValidate(rows: Row[]): Array<{ row: Row; logits: number[]; model: LearnedModel }> {
  // a fixed shuffle so folds mix the sets
  const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 131) - ((b * 7919) % 131));
  const heldOut: Array<{ row: Row; logits: number[]; model: LearnedModel }> = [];
  for (let k = 0; k < K; k++) {
    const model = train(order.filter((_, i) => i % K !== k).map((i) => rows[i]!));
    for (const i of order.filter((_, j) => j % K === k)) heldOut.push({ row: rows[i]!, logits: maxLogits(model, rows[i]!), model });
  }
  // every fold's thresholds come from all folds' held-out answers (set after, below)
  return heldOut;
}

/** Per item: the logit above all but `share` of the held-out answers labelled missing. */
function thresholds(heldOut: Array<{ row: Row; logits: number[] }>, share: number): number[] {
  return ITEM_IDS.map((id, i) => {
    const neg = heldOut.filter((h) => h.row.answer.labels?.[id] === "missing").map((h) => h.logits[i]!).sort((a, b) => b - a);
    if (neg.length === 0) return SETTINGS.met;
    const k = Math.floor(share * neg.length);
    return Math.round(Math.max(neg[k]! + 0.01, -3) * 100) / 100;
  });
}

const rows = load();
if (args.includes("--cv")) {
  const heldOut = crossValidate(rows);
  const met = thresholds(heldOut, SETTINGS.fpr);
  for (const h of heldOut) h.model.met = met;
  let tp = 0, fp = 0, fn = 0, f1s = 0;
  ITEM_IDS.forEach((id, i) => {
    let a = 0, b = 0, c = 0;
    for (const { row, logits } of heldOut) {
      const l = row.answer.labels?.[id];
      if (l !== "met" && l !== "missing") continue;
      const says = logits[i]! >= met[i]!;
      if (says && l === "met") a++;
      else if (says) b++;
      else if (l === "met") c++;
    }
    tp += a; fp += b; fn += c;
    const p = a + b ? a / (a + b) : 0, r = a + c ? a / (a + c) : 0;
    f1s += p + r ? (2 * p * r) / (p + r) : 0;
  });
  const isReal = (h: { row: Row }) => h.row.answer.id.startsWith("rt-");
  for (const [name, subset] of [["all tuning answers", heldOut], ["real-train only", heldOut.filter(isReal)]] as const) {
    const rulesOnly = evaluateCorpus(subset.map((h) => ({ answer: h.row.answer, score: scoreDraft(h.row.answer.sections, { learned: null }) })));
    const combined = evaluateCorpus(subset.map((h) => ({ answer: h.row.answer, score: scoreDraft(h.row.answer.sections, { learned: h.model }) })));
    const line = (m: typeof rulesOnly) => `macroF1 ${m.macroF1.toFixed(3)} rho ${m.spearman?.toFixed(3)} stuffed max ${m.maxStuffedOrOfftopic}`;
    console.log(`${name} (${subset.length}): rules ${line(rulesOnly)} | rules + learned (held out) ${line(combined)}`);
  }
  console.log(JSON.stringify(SETTINGS));
  console.log(`thresholds (met): ${met.join(" ")}`);
  console.log(`learned alone, ${K}-fold: macroF1 ${(f1s / ITEM_IDS.length).toFixed(3)} micro P ${(tp / (tp + fp)).toFixed(2)} R ${(tp / (tp + fn)).toFixed(2)}`);
} else if (args.includes("--write")) {
  const heldOut = crossValidate(rows);
  const model = train(rows);
  model.met = thresholds(heldOut, SETTINGS.fpr);
  const out = resolve(args[args.indexOf("--write") + 1] ?? "reports/learned-weights.json");
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${out}: ${Object.keys(model.features).length} features, ${JSON.stringify(SETTINGS)}`);
} else {
  console.log("usage: train-rubric-layer.ts --cv | --write OUT   [--l2 X --epochs N --fpr F ...]");
}
