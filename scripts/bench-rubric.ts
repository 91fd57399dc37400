// npm run -s bench:rubric
// Scores a ~600-word draft and a 20,000-character draft many times and prints the median
// time per draft, next to the median of one plain pass over the same text in the same run
// (lowercase + a regex word count), and the ratio between the two.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreDraft, type Sections } from "../lib/rubric/index";

// Piped into `head` or similar, stdout may close before we finish: stop quietly then.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const here = fileURLToPath(new URL(".", import.meta.url));
const corpusDir = join(here, "../tests/fixtures/rubric/corpus");
const answers: Sections[] = readdirSync(corpusDir)
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((n) => (JSON.parse(readFileSync(join(corpusDir, n), "utf8")) as { sections: Sections }).sections);

const words = (s: Sections) => Object.values(s).join(" ").split(/\s+/).filter(Boolean).length;

// ~600 words: the strongest fixture, topped up with actions from another until ~600 words.
function draft600(): Sections {
  const base = { ...answers[0]! };
  let i = 1;
  while (words(base) < 600 && i < answers.length) {
    const extra = answers[i++]!.actions.split(/\s+/);
    base.actions += "\n" + extra.slice(0, 600 - words(base)).join(" ");
  }
  return base;
}

// 20,000 characters spread over the four sections, built from all fixtures.
function draft20k(): Sections {
  const out: Sections = { situation: "", task: "", actions: "", results: "" };
  const budget = { situation: 3000, task: 1500, actions: 12000, results: 3500 };
  for (const k of Object.keys(out) as Array<keyof Sections>) {
    let i = 0;
    while (out[k].length < budget[k]) out[k] += (out[k] ? "\n" : "") + (answers[i++ % answers.length]![k] || answers[0]![k]);
    out[k] = out[k].slice(0, budget[k]);
  }
  return out;
}

function plainPass(s: Sections): number {
  const t = (s.situation + "\n" + s.task + "\n" + s.actions + "\n" + s.results).toLowerCase();
  let n = 0;
  for (const _ of t.matchAll(/[a-z0-9]+/g)) n++;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm up the JIT
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

for (const [name, d, runs] of [
  ["600 words", draft600(), 500],
  ["20,000 chars", draft20k(), 200],
] as const) {
  const chars = Object.values(d).join("").length;
  const engine = time(() => scoreDraft(d), runs);
  const plain = time(() => plainPass(d), runs);
  console.log(
    `${name.padEnd(13)} (${words(d)} words, ${chars} chars): scoreDraft median ${engine.toFixed(3)} ms; plain pass ${plain.toFixed(3)} ms; ratio ${(engine / plain).toFixed(1)}x  [${runs} runs]`,
  );
}
