// npx tsx scripts/check-rubric-identical.ts [--ref <git ref>] [--same-rules] [--quick]
//
// Proof that a change to the rubric engine's machinery (engine.ts, text.ts, prefilter.ts…)
// changes no result: scores a large set of inputs with lib/rubric at a git ref (default: the
// merge base of HEAD and `main`, the engine this branch started from; extracted with `git archive` into a temporary directory and imported there, as
// scripts/bench-rubric.ts does) and with the working tree, and asserts that every result is
// deep-equal (statuses, evidence spans and texts, totals, subtotals, gates, messages,
// delivery and adjacent signals). Exits non-zero on the first differences (up to 10 shown).
//
// --same-rules copies this tree's rules.ts and vocab.ts over the ref's, so that only the
//   machinery differs (for comparing against a ref whose rules have since changed).
// --quick skips the slower families (every sentence × every rule, long soups).
//
// Inputs: every answer in tests/fixtures/rubric/** (JSON with `sections`; .md/.txt drafts
// through parseDraftText), ../shared/rubric/devset, the git-ignored real texts when present;
// each as written, unstructured (all text in one section), with every question profile, as
// typed (prefixes), as follow-up answers; every sentence judged by every rule alone; the rule
// examples; seeded shuffles of sentences across answers; seeded word soups from the rules'
// vocabulary with Unicode traps; adversarial runs (the pattern-scaling inputs), a 20,000-
// character draft, sections past the 60,000-character cap, and odd input types.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

import * as nowEngine from "../lib/rubric/engine";
import * as nowIndex from "../lib/rubric/index";
import { parseDraftText } from "../lib/rubric/input";
import { RULES } from "../lib/rubric/rules";
import type { ItemId, Sections } from "../lib/rubric/types";

import { rubricAt } from "./lib/rubric-at";
import { seededRandom } from "./lib/seeded-random";

type Index = typeof nowIndex;
type Engine = typeof nowEngine;

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ref = arg("--ref") ?? execFileSync("git", ["merge-base", "HEAD", "main"], { cwd: root, encoding: "utf8" }).trim();
const sameRules = process.argv.includes("--same-rules");
const quick = process.argv.includes("--quick");

// ---------------------------------------------------------------------------------------
// The engine at `ref`

const refDir = rubricAt(ref, root, "rubric-identical-");
process.on("exit", () => rmSync(refDir, { recursive: true, force: true }));
if (sameRules) {
  for (const f of ["rules.ts", "vocab.ts"]) writeFileSync(join(refDir, "lib/rubric", f), readFileSync(join(root, "lib/rubric", f)));
}
const thenIndex = (await import(join(refDir, "lib/rubric/index.ts"))) as Index;
const thenEngine = (await import(join(refDir, "lib/rubric/engine.ts"))) as Engine;

// ---------------------------------------------------------------------------------------
// Comparison

let compared = 0;
const failures: string[] = [];
const MAX_FAILURES = 10;

/** The first path where two values differ, for the report. */
function firstDiff(a: unknown, b: unknown, path = "$"): string {
  if (isDeepStrictEqual(a, b)) return "";
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} !== ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return `${path}: differs (prototype or key order)`;
}

function same(label: string, run: (ix: Index, en: Engine) => unknown): void {
  compared++;
  let now: unknown;
  let then: unknown;
  try {
    now = run(nowIndex, nowEngine);
  } catch (e) {
    now = { threw: String(e) };
  }
  try {
    then = run(thenIndex, thenEngine);
  } catch (e) {
    then = { threw: String(e) };
  }
  if (isDeepStrictEqual(now, then)) return;
  failures.push(`${label}\n    ${firstDiff(now, then)}`);
  if (failures.length >= MAX_FAILURES) finish();
}

function finish(): never {
  if (failures.length > 0) {
    console.error(`DIFFERENT: ${failures.length} of ${compared} results differ from lib/rubric at ${ref}${failures.length >= MAX_FAILURES ? " (stopped early)" : ""}:`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  console.log(`identical: ${compared} results equal to lib/rubric at ${ref}${sameRules ? " (with this tree's rules)" : ""}`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
// Inputs

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

type Answer = { name: string; sections: Sections };
const answers: Answer[] = [];
for (const dir of [join(root, "tests/fixtures/rubric"), join(root, "../shared/rubric/devset")]) {
  for (const file of filesUnder(dir)) {
    const name = relative(root, file);
    const raw = readFileSync(file, "utf8");
    if (file.endsWith(".json")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        continue;
      }
      const s = (parsed as { sections?: Partial<Sections> } | null)?.sections;
      if (s && typeof s === "object") {
        answers.push({ name, sections: { situation: String(s.situation ?? ""), task: String(s.task ?? ""), actions: String(s.actions ?? ""), results: String(s.results ?? "") } });
      }
    } else if (/\.(?:md|txt)$/.test(file) && !/README|AGREEMENT/.test(file)) {
      answers.push({ name, sections: parseDraftText(raw).sections });
    } else if (file.endsWith(".jsonl")) {
      // annotation lines carry no text, but a line with `sections` or `text` is an answer too
      raw.split("\n").forEach((line, i) => {
        try {
          const o = JSON.parse(line) as { sections?: Sections; text?: string };
          if (o.sections) answers.push({ name: `${name}:${i}`, sections: o.sections });
          else if (typeof o.text === "string") answers.push({ name: `${name}:${i}`, sections: parseDraftText(o.text).sections });
        } catch {
          /* not an answer */
        }
      });
    }
  }
}
if (answers.length < 100) throw new Error(`only ${answers.length} answers found: wrong directory?`);

const SECTION_KEYS = ["situation", "task", "actions", "results"] as const;
const joined = (s: Sections) => SECTION_KEYS.map((k) => s[k]).filter(Boolean).join("\n\n");
const EXAMPLES = RULES.flatMap((r) => [...r.examples.met, ...r.examples.partial, ...r.examples.missing]);
const ITEM_IDS = RULES.map((r) => r.id);

const score = (label: string, s: unknown, profile?: string) =>
  same(label, (ix) => ix.scoreDraft(s as Partial<Sections>, profile ? { profile } : {}));

// 1. Every answer: as written, with every profile, unstructured, and as typed.
const profiles = nowIndex.QUESTION_PROFILES.map((p) => p.id);
for (const a of answers) {
  score(a.name, a.sections);
  for (const p of profiles) score(`${a.name} [${p}]`, a.sections, p);
  score(`${a.name} unstructured`, { actions: joined(a.sections) });
  score(`${a.name} unstructured in situation`, { situation: joined(a.sections) });
  // typed: each section grows in turn; cut points at word-ish boundaries and mid-word
  const steps = quick ? 6 : 16;
  const typed: Sections = { situation: "", task: "", actions: "", results: "" };
  for (const k of SECTION_KEYS) {
    const full = a.sections[k];
    for (let i = 1; i <= steps; i++) {
      typed[k] = full.slice(0, Math.round((full.length * i) / steps) + (i % 3) - 1);
      score(`${a.name} typed ${k} ${i}/${steps}`, { ...typed });
    }
    typed[k] = full;
  }
  // follow-ups: the whole answer and its actions, for each drill and for every item
  for (const f of nowIndex.FOLLOW_UPS) same(`${a.name} follow-up ${f.id}`, (ix) => ix.scoreFollowUp(a.sections.actions, f.targets));
  same(`${a.name} follow-up all items`, (ix) => ix.scoreFollowUp(joined(a.sections), ITEM_IDS));
}

// 2. Every sentence (and pair of lines) judged by every rule alone, and the rule examples.
const sentences = [...new Set(answers.flatMap((a) => joined(a.sections).split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim()))];
const judged = quick ? sentences.filter((_, i) => i % 7 === 0) : sentences;
for (const text of [...EXAMPLES, ...judged]) {
  for (const id of ITEM_IDS) same(`judgeWithRule ${id} ${JSON.stringify(text.slice(0, 60))}`, (_, en) => en.judgeWithRule(id as ItemId, text));
}
same("all examples, one draft", (ix) => ix.scoreDraft({ actions: EXAMPLES.join(" ") }));
same("all examples, lines", (ix) => ix.scoreDraft({ situation: EXAMPLES.slice(0, 100).join("\n"), actions: EXAMPLES.slice(100).join("\n") }));
same("all examples, upper case", (ix) => ix.scoreDraft({ actions: EXAMPLES.join(" ").toUpperCase() }));
same("all examples, glued", (ix) => ix.scoreDraft({ actions: EXAMPLES.join("") }));

// 3. Seeded shuffles of sentences across answers, into four sections.
for (let seed = 1; seed <= (quick ? 40 : 300); seed++) {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const s: Sections = { situation: "", task: "", actions: "", results: "" };
  for (const k of SECTION_KEYS) {
    const n = Math.floor(r() * 12);
    const sep = pick([" ", "\n", "\n- ", "; ", " and ", ", but "]);
    s[k] = Array.from({ length: n }, () => pick(sentences)).join(sep);
  }
  score(`shuffle ${seed}`, s);
  same(`shuffle ${seed} follow-up`, (ix) => ix.scoreFollowUp(s.actions + " " + s.results, ITEM_IDS));
}

// 4. Word soups from the rules' vocabulary, numbers, units, cues and Unicode traps.
const WORDS = [
  ...new Set([
    ...RULES.flatMap((r) => [...r.met, ...r.partial].flatMap((s) => [s.find, ...(s.with ?? []), s.unless ?? ""])).flatMap(
      (src) => src.replace(/\\[a-zA-Z]/g, " ").match(/[A-Za-z]{2,}(?: [A-Za-z]{2,})?/g) ?? [],
    ),
    ...EXAMPLES.flatMap((e) => e.split(/\s+/)),
  ]),
];
const CUES = ["not", "no", "never", "without", "didn't", "wasn't", "would", "should", "I'd", "we’d", "next time", "always", "usually", "I reproduce", "my approach", "now", "since then", "failed to", "unable to", "not only", "no matter", "if we had"];
const NUMBERS = ["250k", "12", "3.4", "99.95%", "8ms", "8 ms", "1,200", "0", "p99", "p99.9", "5xx", "503", "70%", "3x", "~40", "18TB", "two", "ninety", "02:10", "at 3am", "in 2021", "one night", "->", "→", "×"];
const ODD = ["İ", "ı", "ſ", "\u212A", "’", "😀", "שרת", "الكاش", "\u00a0", "\u200b", "é", "ß", "ｋａｆｋａ", "\u2028", "e.g.", "i.e.", "etc.", "vs.", "..."];
const SEPS = [" ", " ", " ", " ", ", ", ". ", "; ", ": ", "\n", "-", "/", "", "(", ") ", "’", "\"", "!", "? ", " – ", "\t", ".", "\n\n", "\n* ", "\n- "];
function soup(seed: number, tokens: number): string {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const parts: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const k = r();
    let tok = k < 0.55 ? pick(WORDS) : k < 0.7 ? pick(CUES) : k < 0.85 ? pick(NUMBERS) : k < 0.93 ? pick(sentences) : pick(ODD);
    const c = r();
    if (c < 0.1) tok = tok.toUpperCase();
    else if (c < 0.2) tok = tok.charAt(0).toUpperCase() + tok.slice(1);
    parts.push(tok, pick(SEPS));
  }
  return parts.join("");
}
for (let seed = 1; seed <= (quick ? 60 : 400); seed++) {
  const r = seededRandom(seed * 7919);
  const size = 10 + Math.floor(r() * (seed % 10 === 0 ? 2000 : 200));
  const s: Sections = { situation: soup(seed, size), task: r() < 0.5 ? "" : soup(seed + 1e6, size >> 2), actions: soup(seed + 2e6, size), results: r() < 0.3 ? "" : soup(seed + 3e6, size >> 1) };
  score(`soup ${seed}`, s);
  same(`soup ${seed} follow-up`, (ix) => ix.scoreFollowUp(s.situation, ITEM_IDS));
  if (seed % 4 === 0) for (const id of ITEM_IDS) same(`soup ${seed} judgeWithRule ${id}`, (_, en) => en.judgeWithRule(id as ItemId, s.actions));
}

// 5. Adversarial runs, huge drafts, the section cap, odd input.
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const UNITS = [
  "1", "1,", "1.", "1.1.1.1 ", "-1", "1-", "a", "A", "a_", "a.", "a-", "a ", " ", "\n", ".", ". ", "not ", "no no ", "n't ",
  "would ", "I'd ", "we ", "and we ", "but ", ", ", "always ", "I reproduce ", "the cache ", "from 1 to 2 ", "->", "→ ",
  "p99 ", "99.9% ", "kafka ", "timeout ", "ed ", "fixed ", "was ", "one night ", "12:30 ", "e.g. ", "@a.", "http://a.", "AB-1 ",
  "* ", "- ", "• ", "’", "İ", "😀", "\u00a0", "I was not able to reproduce the timeout on the cache node, ",
  "We never added a canary and we would not have. ", "We rolled back, then the lag went from 40 s to 2 s. ",
];
for (const u of UNITS) {
  for (const len of quick ? [300, 5000] : [50, 300, 2000, 9000]) {
    const t = repeat(u, len);
    score(`run ${JSON.stringify(u)} × ${len}`, { actions: t });
    score(`run ${JSON.stringify(u)} × ${len} in four`, { situation: t, task: t.slice(0, len >> 2), actions: t, results: t.slice(0, len >> 1) });
    same(`run ${JSON.stringify(u)} × ${len} follow-up`, (ix) => ix.scoreFollowUp(t, ITEM_IDS));
  }
}
const big: Sections = { situation: "", task: "", actions: "", results: "" };
for (const k of SECTION_KEYS) {
  let i = 0;
  while (big[k].length < 20_000) big[k] += (big[k] ? "\n" : "") + answers[i++ % answers.length]!.sections[k];
}
score("20k per section", big);
score("past the section cap", { situation: big.situation.repeat(4), actions: joined(big).repeat(3) });
score("cap inside a word", { actions: "x".repeat(59_998) + " kafka timeout was fixed by 40 ms" });
score("cap inside a surrogate pair", { actions: "x".repeat(59_999) + "😀 kafka" });
for (const odd of [null, undefined, 42, "text", [], { situation: 5, task: null, actions: ["a"], results: { x: 1 } }, { situation: "I owned the cache." }]) {
  score(`odd input ${JSON.stringify(odd)}`, odd);
}
same("follow-up of a non-string", (ix) => ix.scoreFollowUp(42 as unknown as string, ["fix", "nonsense"]));
same("follow-up of no items", (ix) => ix.scoreFollowUp("We fixed the cache timeout.", []));
for (const p of ["no-such-profile", ...profiles]) score(`profile ${p} on empty`, {}, p);

finish();
