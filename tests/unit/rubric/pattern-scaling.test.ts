import { describe, expect, it } from "vitest";

import { ITEM_IDS, scoreDraft, scoreFollowUp } from "@/lib/rubric";
import { DELIVERY_PATTERNS } from "@/lib/rubric/delivery";
import { ENGINE_PATTERNS, GATE_PATTERNS } from "@/lib/rubric/engine";
import { HEADING, parseDraftText } from "@/lib/rubric/input";
import { RULES } from "@/lib/rubric/rules";
import { TEXT_PATTERNS } from "@/lib/rubric/text";
import * as vocab from "@/lib/rubric/vocab";

// Issue #8, point 0: a pasted run of 10,000 digits made the scale pattern backtrack with the
// cube of its length and froze the tab (the engine scores on every keystroke) and the server.
// This makes that class of bug a test failure. Every regular expression of the engine (each
// rule signal's find/with/unless, every vocabulary fragment, the text analysis, delivery,
// gate and heading patterns) and the whole engine run on adversarial text at growing sizes,
// and the time must grow about linearly: 4× the text may take at most MAX_RATIO× the time
// (linear is ~4, quadratic 16, cubic 64). That compares two timings of the same run, not a
// time against a budget, and times are CPU time (the fastest of a few runs), so a slow or
// busy machine does not fail it.
//
// Sizes climb by 4× from small ones, so a cubic pattern fails at a few hundred characters
// instead of running for minutes on 20,000; a step is judged only when its smaller run is
// long enough for the timer (noiseMs). An exponential pattern would never finish at those
// sizes, so each run first gets a few texts of 16 to 64 characters, with a ceiling far above
// what any sane pattern needs (microseconds): `\w+(?:_\w+)+` once needed seconds for 48.

const GROWTH = 4;
const MAX_RATIO = 8;
/** How many more times a step that looks too steep is timed again, when its larger run is quick. */
const RETRIES = 4;
const RETRY_UNDER_MS = 50;
/** Climbing stops once one run takes this long: the step that got there has been judged. */
const STOP_MS = 250;
const ladder = (first: number, steps: number) => Array.from({ length: steps }, (_, i) => first * GROWTH ** i);
const TINY = [16, 24, 32, 40, 48, 56, 64];

/** One pattern: 80 to 20,480 characters; no pattern needs 10 ms for 64 characters. */
const PATTERN_LADDER: Ladder = { tiny: TINY, tinyLimitMs: 10, sizes: ladder(80, 5), noiseMs: 0.25 };
/**
 * The engine, per section: 156 to 9,984 characters (four sections: up to ~40,000). Larger
 * drafts grow arrays past ~16,000 entries, where V8 moves them to a slower heap space: a
 * one-off step of 2–3× in the time per character that a 4× step cannot tell from
 * super-linear growth.
 */
const ENGINE_LADDER: Ladder = { tiny: TINY, tinyLimitMs: 50, sizes: ladder(156, 4), noiseMs: 0.5 };

const repeat = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Adversarial texts: runs of one character, of separators, of digits and of words that patterns look for. */
const INPUTS: Record<string, (length: number) => string> = {
  "a digit run": repeat("1"),
  "digits with commas": repeat("1,"),
  "digits with dots": repeat("1."),
  "dotted quads": repeat("1.1.1.1 "),
  "negative numbers": repeat("-1"),
  "number ranges": repeat("1-"),
  "one long word": repeat("a"),
  "one long capitalised word": repeat("A"),
  "a word with underscores": repeat("a_"),
  "a word with dots": repeat("a."),
  "a word with hyphens": repeat("a-"),
  "a word and at signs": repeat("a.@"),
  spaces: repeat(" "),
  tabs: repeat("\t"),
  newlines: repeat("\n"),
  dots: repeat("."),
  dashes: repeat("-"),
  "spaced dashes": repeat("- "),
  bangs: repeat("!"),
  "open brackets": repeat("("),
  "nested brackets": (n) => `${"(".repeat(Math.floor(n / 2))}${")".repeat(n - Math.floor(n / 2))}`,
  "spaces then a word": (n) => `${" ".repeat(n - 1)}x`,
  "a heading then spaces": (n) => `Situation${" ".repeat(Math.max(0, n - 10))}x`,
  "unit words": repeat("ms "),
  "count words": repeat("nodes "),
  "numbers with units": repeat("1 ms "),
  "counts of things": repeat("1 nodes "),
  "numbers and words": repeat("1 a "),
  arrows: repeat("1 -> "),
  "first person": repeat("I was the "),
  "every and all": repeat("every "),
  "from and to": repeat("from 1 "),
  bullets: repeat("\n- on-call "),
  "negated mentions": repeat("we never reproduced it "),
  "hypothetical mentions": repeat("would add an alert "),
  "one change per line": repeat("- I added a timeout\n"),
  "short sentences": repeat("I owned it. "),
};

type Pattern = { name: string; re: RegExp };

const globalCopy = (re: RegExp) => new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);

/** Every regular expression the engine compiles, as the global scan that costs the most. */
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
  const modules = { text: TEXT_PATTERNS, delivery: DELIVERY_PATTERNS, engine: ENGINE_PATTERNS, gate: GATE_PATTERNS, input: { HEADING } };
  for (const [module, res] of Object.entries(modules)) {
    for (const [name, re] of Object.entries(res)) patterns.push({ name: `${module}.${name}`, re: globalCopy(re) });
  }
  return patterns;
}

function scan(re: RegExp, text: string): void {
  re.lastIndex = 0;
  let count = 0;
  for (const _match of text.matchAll(re)) if (++count > 1_000_000) break;
}

/** Milliseconds of CPU this process has used: unlike the clock, it does not count time spent waiting for a core. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of a few runs, after one to warm up the JIT: the least disturbed by the machine. */
function fastest(run: () => void, reps: number): number {
  run();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

type Ladder = {
  /** Short texts, each of which must take under `tinyLimitMs` (a check for exponential blow-up). */
  tiny: number[];
  tinyLimitMs: number;
  /** Growing sizes, each GROWTH× the last, whose times must grow at most MAX_RATIO× per step. */
  sizes: number[];
  /** A step is judged when its smaller run takes at least this long (the larger then takes ~4×). */
  noiseMs: number;
};

/**
 * Runs `run` on `make(size)` for the ladder's sizes and describes the first problem: a short
 * text that takes too long, or a step whose time grew more than MAX_RATIO×. A step that looks
 * too steep is timed again a few times (the fastest run of each size counts): a garbage
 * collection can slow one run down, but not every run of the larger size.
 */
function growthProblem(run: (text: string) => void, make: (size: number) => string, ladder: Ladder): string | null {
  for (const size of ladder.tiny) {
    const text = make(size);
    // the first runs compile the patterns (tens of milliseconds for the big alternations)
    const ms = fastest(() => run(text), 2);
    if (ms > ladder.tinyLimitMs) return `${ms.toFixed(0)} ms for ${size} characters`;
  }
  let previous: { size: number; text: string; ms: number } | null = null;
  for (const size of ladder.sizes) {
    const text = make(size);
    let ms = fastest(() => run(text), 3);
    if (previous && previous.ms >= ladder.noiseMs) {
      for (let retry = 0; retry < RETRIES && ms / previous.ms > MAX_RATIO && ms < RETRY_UNDER_MS; retry++) {
        const smaller = previous.text;
        previous.ms = Math.min(previous.ms, fastest(() => run(smaller), 5));
        ms = Math.min(ms, fastest(() => run(text), 5));
      }
      if (ms / previous.ms > MAX_RATIO) {
        return `×${(ms / previous.ms).toFixed(1)} from ${previous.size} to ${size} characters (${previous.ms.toFixed(2)} → ${ms.toFixed(2)} ms)`;
      }
    }
    if (ms > STOP_MS) return null;
    previous = { size, text, ms };
  }
  return null;
}

describe("no input makes the rubric engine super-linear (issue #8, point 0)", () => {
  const patterns = allPatterns();

  it("enumerates the patterns of every part of the engine", () => {
    const names = patterns.map((p) => p.name);
    expect(names).toContain("scale.met[0].find");
    expect(names).toContain("vocab.DIGITS");
    expect(names).toContain("text.CLAUSE_BREAK");
    expect(names).toContain("delivery.email");
    expect(names).toContain("engine.TOLD");
    expect(names).toContain("input.HEADING");
    expect(patterns.length).toBeGreaterThan(150);
  });

  it("every pattern's time grows about linearly with the text", () => {
    const offenders: string[] = [];
    for (const pattern of patterns) {
      for (const [inputName, make] of Object.entries(INPUTS)) {
        const problem = growthProblem((text) => scan(pattern.re, text), make, PATTERN_LADDER);
        if (problem) offenders.push(`${pattern.name} on ${inputName}: ${problem}`);
      }
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it("the whole engine's time grows about linearly with the draft", () => {
    const offenders: string[] = [];
    for (const [inputName, make] of Object.entries(INPUTS)) {
      const engines: Record<string, (text: string) => void> = {
        "scoreDraft, four sections": (text) => scoreDraft({ situation: text, task: text, actions: text, results: text }),
        "scoreFollowUp and parseDraftText": (text) => {
          scoreFollowUp(text, ITEM_IDS);
          parseDraftText(text);
        },
      };
      for (const [engineName, run] of Object.entries(engines)) {
        const problem = growthProblem(run, make, ENGINE_LADDER);
        if (problem) offenders.push(`${engineName} on ${inputName}: ${problem}`);
      }
    }
    expect(offenders).toEqual([]);
  }, 120_000);
});
