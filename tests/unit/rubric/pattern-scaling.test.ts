import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { RULES } from "@/lib/rubric/rules";
import * as vocab from "@/lib/rubric/vocab";

// Issue #8, point 0: one pasted run of digits made a rule pattern backtrack with the cube of
// its length and froze the tab and the server. This makes the whole class a test failure:
// every rule and vocabulary pattern, and the whole engine, runs on adversarial text at two
// sizes, and the time may grow about linearly, never quadratically. It compares the two
// times of the same run (a ratio), so a slow or busy machine does not fail it.

const SMALL = 2_500;
const GROWTH = 4; // the large input is this many times the small one
const MAX_RATIO = 9; // linear gives ~4; quadratic 16; cubic 64
const NOISE_MS = 3; // below this the large run is too quick to judge

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const INPUTS: Record<string, (length: number) => string> = {
  digits: (n) => repeat("1", n),
  "digits with commas": (n) => repeat("1,", n),
  "digits with dots": (n) => repeat("1.", n),
  "one long word": (n) => repeat("a", n),
  "spaces then a word": (n) => `${" ".repeat(n - 1)}x`,
  dots: (n) => repeat(".", n),
  dashes: (n) => repeat("-", n),
  "spaced dashes": (n) => repeat("- ", n),
  "bangs": (n) => repeat("!", n),
  newlines: (n) => repeat("\n", n),
  "open brackets": (n) => repeat("(", n),
  "nested brackets": (n) => `${"(".repeat(n / 2)}${")".repeat(n / 2)}`,
  "unit words": (n) => repeat("ms ", n),
  "count words": (n) => repeat("nodes ", n),
  "numbers with units": (n) => repeat("1 ms ", n),
  "number then words": (n) => repeat("1 a ", n),
  arrows: (n) => repeat("1 -> ", n),
  "first person": (n) => repeat("I was the ", n),
  "from to": (n) => repeat("from 1 ", n),
  "every word": (n) => repeat("every ", n),
  underscores: (n) => repeat("a_", n),
  "at signs": (n) => repeat("a.@", n),
};

type Pattern = { name: string; re: RegExp };
function allPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const rule of RULES) {
    for (const level of ["met", "partial"] as const) {
      rule[level].forEach((signal, i) => {
        const base = `${rule.id}.${level}[${i}]`;
        patterns.push({ name: `${base}.find`, re: new RegExp(signal.find, "gi") });
        signal.with?.forEach((w, j) => patterns.push({ name: `${base}.with[${j}]`, re: new RegExp(w, "gi") }));
        if (signal.unless) patterns.push({ name: `${base}.unless`, re: new RegExp(signal.unless, "gi") });
      });
    }
  }
  for (const [name, value] of Object.entries(vocab)) {
    if (typeof value === "string") patterns.push({ name: `vocab.${name}`, re: new RegExp(value, "gi") });
    else if (Array.isArray(value)) patterns.push({ name: `vocab.${name}`, re: new RegExp(`(?:${value.join("|")})`, "gi") });
  }
  return patterns;
}

function fastest(run: () => void, reps = 3): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function scanAll(re: RegExp, text: string) {
  re.lastIndex = 0;
  let count = 0;
  for (const _match of text.matchAll(re)) if (++count > 1_000_000) break;
}

/** Large-input time over small-input time, or null when both are too quick to judge. */
function growth(run: (text: string) => void, make: (length: number) => string): number | null {
  const small = make(SMALL);
  const large = make(SMALL * GROWTH);
  run(small); // warm up the JIT
  const tSmall = fastest(() => run(small));
  const tLarge = fastest(() => run(large));
  if (tLarge < NOISE_MS) return null;
  return tLarge / Math.max(tSmall, 0.05);
}

describe("no pattern or input makes the rubric super-linear (issue #8, point 0)", () => {
  it("every rule and vocabulary pattern grows about linearly on adversarial text", () => {
    const offenders: string[] = [];
    for (const pattern of allPatterns()) {
      for (const [inputName, make] of Object.entries(INPUTS)) {
        const ratio = growth((text) => scanAll(pattern.re, text), make);
        if (ratio !== null && ratio > MAX_RATIO) offenders.push(`${pattern.name} on ${inputName}: ×${ratio.toFixed(1)} for ×${GROWTH} input`);
      }
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it("the whole engine grows about linearly on the same inputs in every section", () => {
    const offenders: string[] = [];
    for (const [inputName, make] of Object.entries(INPUTS)) {
      const ratio = growth(
        (text) => scoreDraft({ situation: text, task: text, actions: text, results: text }),
        (length) => make(length / 4),
      );
      if (ratio !== null && ratio > MAX_RATIO) offenders.push(`scoreDraft on ${inputName}: ×${ratio.toFixed(1)}`);
    }
    expect(offenders).toEqual([]);
  }, 120_000);
});
