// npx tsx scripts/train-stuffing-row.ts [--check] [--by-round] [--margin M] [--l2 L] [--epochs N]
//
// Learns the gate's stuffing row (lib/rubric/stuffing-row.ts, docs/decisions/004, session 29): one
// score per word of the learned layer's vocabulary, so that the bias plus the mean score of an
// answer's known words reads high for an answer that names the checklist without telling one
// incident, and low for a story. Phrase cues read off one round of written stuffing did not reach
// the next round's writers (session 29, steps H5 and H6); the words of a whole answer did.
//
// Stuffed (1): every answer of kind "stuffed" in the gate's written rounds (gate/stuffing-st*.jsonl)
// and the authored tuning sets. Stories (0): the rounds' answers on the question, every other answer of
// the authored tuning sets, and the real texts of real-git-tune/texts/dev (built by scripts/real-git.ts):
// real postmortems and blog posts, so that the row does not learn the written rounds' voice as "story".
// Never read: the frozen test splits, the gate's test.jsonl, `check` and the measured real sets.
//
// The threshold sits `--margin` (default 0.5) above the highest logit of any story learned from, with
// the scores as they ship (four bits each): a capped story costs a candidate far more than a stuffed
// answer let through. --by-round holds each written round out in turn (the row learned without it,
// the threshold set without it) and prints what it would catch of that round; --check only prints.

import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { packStuffingScores, stuffingWords, unpackStuffingScores } from "../lib/rubric/stuffing";
import { readGateAnswers } from "./lib/gate-set";
import { option, readAnswerFolder } from "./lib/trainer-input";
import type { Sections } from "../lib/rubric/types";

const root = join(import.meta.dirname, "..");
const fx = join(root, "tests/fixtures/rubric");
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => option(args, name, dflt);
const MARGIN = Number(opt("--margin", "0.5"));
const L2 = Number(opt("--l2", "1e-6"));
const EPOCHS = Number(opt("--epochs", "300"));

type Doc = { id: string; group: string; y: 0 | 1; ids: Int32Array; shares: Float64Array };

// The row's own vocabulary: every word used by at least MIN_DOCS answers it learns from.
const MIN_DOCS = Number(opt("--min-docs", "30"));
const vocabulary = new Map<string, number>();
const words: string[] = [];

/** Each word's share of an answer's words (all words count, the row's vocabulary's get a score). */
function shares(sections: Partial<Sections>): { ids: Int32Array; shares: Float64Array } {
  const all = stuffingWords(Object.values(sections).join("\n"));
  const counts = new Map<number, number>();
  for (const w of all) {
    const id = vocabulary.get(w);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { ids: Int32Array.from(counts.keys()), shares: Float64Array.from(counts.values(), (c) => c / Math.max(1, all.length)) };
}

type Raw = { id: string; group: string; y: 0 | 1; sections: Partial<Sections> };
const raw: Raw[] = [];
// --without FILES: rounds left out (the shipped row was learned before st44-st46 were written, and
// decided on them: `--without stuffing-st44-46.jsonl` learns it again as it ships)
const WITHOUT = new Set(opt("--without", "").split(",").filter(Boolean));
for (const f of readdirSync(join(fx, "gate")).filter((n) => /^stuffing-st.*\.jsonl$/.test(n) && !WITHOUT.has(n)).sort()) {
  for (const a of readGateAnswers([join(fx, "gate", f)])) {
    if (a.kind !== "stuffed" && a.kind !== "ontopic") continue;
    raw.push({ id: a.id, group: f, y: a.kind === "stuffed" ? 1 : 0, sections: a.sections });
  }
}
const FOLDERS = ["authored/tune", "real-style/tune", "fresh-answers", "fresh-answers-2/dev", "fresh-answers-2/check", "corpus", "real-git-tune/texts/dev"];
for (const folder of FOLDERS) {
  for (const a of readAnswerFolder(fx, folder, "train-stuffing-row")) raw.push({ id: a.id, group: folder, y: a.kind === "stuffed" ? 1 : 0, sections: a.sections });
}
const docFreq = new Map<string, number>();
for (const r of raw) for (const w of new Set(stuffingWords(Object.values(r.sections).join("\n")))) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
for (const [w, n] of [...docFreq].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (n < MIN_DOCS) continue;
  vocabulary.set(w, words.length);
  words.push(w);
}
const V = words.length;
const docs: Doc[] = raw.map((r) => ({ id: r.id, group: r.group, y: r.y, ...shares(r.sections) }));

/** Logistic regression on word shares, classes balanced, L2, full-batch Adam. */
function fit(train: readonly Doc[]): { w: Float64Array; b: number } {
  const w = new Float64Array(V);
  let b = 0;
  const pos = train.filter((d) => d.y === 1).length;
  const neg = train.length - pos;
  const m = new Float64Array(V + 1);
  const v = new Float64Array(V + 1);
  const lr = Number(opt("--lr", "1"));
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Float64Array(V + 1);
    for (const d of train) {
      let z = b;
      for (let i = 0; i < d.ids.length; i++) z += w[d.ids[i]!]! * d.shares[i]!;
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const err = (p - d.y) * (d.y === 1 ? train.length / (2 * pos) : train.length / (2 * neg));
      for (let i = 0; i < d.ids.length; i++) g[d.ids[i]!] = g[d.ids[i]!]! + err * d.shares[i]!;
      g[V] = g[V]! + err;
    }
    for (let j = 0; j <= V; j++) {
      const grad = g[j]! / train.length + (j < V ? L2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const step = (lr * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < V) w[j] = w[j]! - step;
      else b -= step;
    }
  }
  return { w, b };
}

/** The row as it ships: scores packed to a byte each, the logit the engine reads. */
function shipped(fitted: { w: Float64Array; b: number }) {
  const { packed, scale } = packStuffingScores(fitted.w);
  const q = unpackStuffingScores(packed, scale, V);
  const logit = (d: Doc) => {
    let z = fitted.b;
    for (let i = 0; i < d.ids.length; i++) z += q[d.ids[i]!]! * d.shares[i]!;
    return z;
  };
  return { packed, scale, logit };
}

function thresholdFor(train: readonly Doc[], logit: (d: Doc) => number): number {
  return Math.max(...train.filter((d) => d.y === 0).map(logit)) + MARGIN;
}

console.log(`train-stuffing-row: ${docs.length} answers (${docs.filter((d) => d.y === 1).length} stuffed), ${V} words`);
if (args.includes("--by-round")) {
  let caught = 0;
  let stuffed = 0;
  let capped = 0;
  let stories = 0;
  for (const round of [...new Set(docs.filter((d) => d.group.startsWith("stuffing-")).map((d) => d.group))]) {
    const train = docs.filter((d) => d.group !== round);
    const row = shipped(fit(train));
    const t = thresholdFor(train, row.logit);
    const held = docs.filter((d) => d.group === round);
    const c = held.filter((d) => d.y === 1 && row.logit(d) > t).length;
    const k = held.filter((d) => d.y === 0 && row.logit(d) > t).length;
    caught += c;
    stuffed += held.filter((d) => d.y === 1).length;
    capped += k;
    stories += held.filter((d) => d.y === 0).length;
    console.log(`  ${round}: stuffed over the threshold ${c} of ${held.filter((d) => d.y === 1).length}; stories ${k} of ${held.filter((d) => d.y === 0).length}`);
  }
  console.log(`held out round by round: stuffed ${caught} of ${stuffed}; stories ${capped} of ${stories}`);
}
const fitted = fit(docs);
const row = shipped(fitted);
const threshold = thresholdFor(docs, row.logit);
console.log(`threshold ${threshold.toFixed(3)}; stuffed learned from over it: ${docs.filter((d) => d.y === 1 && row.logit(d) > threshold).length} of ${docs.filter((d) => d.y === 1).length}`);
if (!args.includes("--check")) {
  const out = join(root, "lib/rubric/stuffing-row.ts");
  writeFileSync(
    out,
    `// Written by scripts/train-stuffing-row.ts (do not edit): the gate's stuffing row, one score per word of its\n` +
      `// vocabulary, a byte each (lib/rubric/stuffing.ts; docs/decisions/004, session 29).\n` +
      `export const STUFFING_ROW = ${JSON.stringify({ bias: fitted.b, threshold, scale: row.scale, words: words.join(" "), scores: row.packed })};\n`,
  );
  console.log(`wrote ${out}`);
}
