// npx tsx scripts/compare-rubric-engines.ts --old <dir with lib/rubric> | --against <git ref> [--dir DIR ...] [--rounds N] [--no-timing]
//
// Checks that two copies of the rubric engine give byte-identical results, then times them
// against each other in one process. Made for speed work on lib/rubric (issue #7's budget):
// the old engine is a copy of lib/rubric from before the change (`--old scripts/_old`, a folder
// holding lib/rubric, or `--against main`, extracted from git into a temporary folder), the new
// one is this checkout's. Both copies load their own rules.ts, so compare engines built on the
// same rules (copy lib/rubric from the commit your branch starts from).
//
// Identity: JSON.stringify of every result, over every corpus answer found under
// tests/fixtures/rubric (all splits; the frozen test split is run, never printed), the shared
// devset (../shared/rubric/devset) and any --dir given (e.g. the git-ignored real texts of
// another checkout), each scored as written, under every profile, as one unstructured answer,
// as typed (prefixes at 12 cut points), mixed with another answer's sections, with some spaces
// turned into other blanks (tab, newline, no-break and ideographic spaces) and some letters upper
// case, in upper case, and per follow-up question; plus every rule example through judgeWithRule. A mismatch prints the answer's id
// and the variant, never its text. Exit code 1 on any mismatch.
//
// Timing: the bench's 700-word and 20,000-character drafts (scripts/bench-rubric.ts), old and
// new interleaved round by round (order alternating), median per engine and the median of the
// per-round ratios new/old. The machine is shared: only the ratio within one run means much.

import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as newEngine from "../lib/rubric/engine";
import { FOLLOW_UPS } from "../lib/rubric/follow-ups";
import { QUESTION_PROFILES } from "../lib/rubric/profiles";
import { RULES } from "../lib/rubric/rules";
import type { Sections } from "../lib/rubric/types";
import { rubricAt } from "./lib/rubric-at";
import { seededRandom } from "./lib/seeded-random";

type Engine = typeof newEngine;

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const args = process.argv.slice(2);
const argValues = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const oldArg = argValues("--old")[0];
const against = argValues("--against")[0];
const rounds = Number(argValues("--rounds")[0] ?? 400);
if (!oldArg && !against) {
  console.error("usage: --old <dir holding lib/rubric> | --against <git ref>");
  process.exit(2);
}

let tmp: string | undefined;
let oldRoot = oldArg ? resolve(oldArg) : "";
if (against) {
  tmp = rubricAt(against, root, "rubric-old-");
  oldRoot = tmp;
}
const oldEngine = (await import(join(oldRoot, "lib/rubric/engine.ts"))) as Engine;
if (tmp) rmSync(tmp, { recursive: true, force: true });

// ---- corpus answers -------------------------------------------------------------------------
type Answer = { id: string; sections: Sections; where: string };
function* jsonFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsonFiles(p);
    else if (name.endsWith(".json")) yield p;
  }
}
const isSections = (s: unknown): s is Partial<Sections> => typeof s === "object" && s !== null && !Array.isArray(s);
function answersIn(dir: string): Answer[] {
  const out: Answer[] = [];
  for (const file of jsonFiles(dir)) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      const o = v as { id?: unknown; sections?: unknown };
      if (!o || typeof o !== "object" || !isSections(o.sections)) continue;
      const s = o.sections as Record<string, unknown>;
      const str = (k: string) => (typeof s[k] === "string" ? (s[k] as string) : "");
      out.push({
        id: typeof o.id === "string" ? o.id : file,
        where: file.slice(root.length + 1),
        sections: { situation: str("situation"), task: str("task"), actions: str("actions"), results: str("results") },
      });
    }
  }
  return out;
}
const dirs = [join(root, "tests/fixtures/rubric"), join(root, "../shared/rubric/devset"), ...argValues("--dir").map((d) => resolve(d))];
const answers = dirs.flatMap(answersIn);

// ---- identity --------------------------------------------------------------------------------
let checks = 0;
let mismatches = 0;
function same(label: string, run: (e: Engine) => unknown): void {
  checks++;
  let a: string;
  let b: string;
  try {
    a = JSON.stringify(run(oldEngine));
  } catch (e) {
    a = `throws ${String(e)}`;
  }
  try {
    b = JSON.stringify(run(newEngine));
  } catch (e) {
    b = `throws ${String(e)}`;
  }
  if (a !== b) {
    mismatches++;
    if (mismatches <= 20) console.log(`MISMATCH ${label}`);
  }
}
const KEYS = ["situation", "task", "actions", "results"] as const;
const BLANKS = ["\t", "\n", "  ", "\u00a0", "\u2009", "\u3000", "\u2028", " \n "];
const t0 = performance.now();
answers.forEach((ans, n) => {
  const { id, sections } = ans;
  same(`${id} as written`, (e) => e.scoreDraft(sections));
  for (const p of QUESTION_PROFILES) same(`${id} profile ${p.id}`, (e) => e.scoreDraft(sections, { profile: p.id }));
  const joined = KEYS.map((k) => sections[k]).filter(Boolean).join("\n\n");
  same(`${id} unstructured`, (e) => e.scoreDraft({ actions: joined }));
  for (let cut = 1; cut <= 12; cut++) {
    const at = Math.round((joined.length * cut) / 13);
    const typed: Sections = { situation: "", task: "", actions: "", results: "" };
    let left = at;
    for (const k of KEYS) {
      typed[k] = sections[k].slice(0, Math.max(0, left));
      left -= sections[k].length;
    }
    same(`${id} typed to ${cut}/13`, (e) => e.scoreDraft(typed));
  }
  const other = answers[(n * 7 + 3) % answers.length]!.sections;
  same(`${id} mixed`, (e) => e.scoreDraft({ situation: sections.situation, task: other.task, actions: other.actions, results: sections.results }));
  for (const f of FOLLOW_UPS) same(`${id} follow-up ${f.id}`, (e) => e.scoreFollowUp(sections.actions || joined, f.targets));
  // other blanks and cases where the prefilter reads spaces and letters
  const rnd = seededRandom(n + 1);
  const odd = (t: string) =>
    t.replace(/ /g, () => (rnd() < 0.15 ? BLANKS[Math.floor(rnd() * BLANKS.length)]! : " ")).replace(/[a-z]/g, (c) => (rnd() < 0.1 ? c.toUpperCase() : c));
  const varied: Sections = { situation: odd(sections.situation), task: odd(sections.task), actions: odd(sections.actions), results: odd(sections.results) };
  same(`${id} odd blanks and cases`, (e) => e.scoreDraft(varied));
  same(`${id} upper case`, (e) => e.scoreDraft({ situation: sections.situation.toUpperCase(), task: sections.task, actions: sections.actions.toUpperCase(), results: sections.results }));
});
for (const rule of RULES) {
  for (const [kind, list] of Object.entries(rule.examples)) {
    list.forEach((text, i) => same(`rule ${rule.id} example ${kind}[${i}]`, (e) => e.judgeWithRule(rule.id, text)));
  }
}
same("odd input", (e) => [e.scoreDraft({}), e.scoreDraft(null as never), e.scoreDraft({ actions: 42 } as never), e.scoreFollowUp("", ["fix", "nope"])]);
console.log(
  `identity: ${checks} comparisons over ${answers.length} answers from ${dirs.length} folders and ${RULES.length} rules' examples: ` +
    `${mismatches === 0 ? "all identical" : `${mismatches} MISMATCHES`} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

// ---- timing ----------------------------------------------------------------------------------
if (!args.includes("--no-timing")) {
  const corpusDir = join(root, "tests/fixtures/rubric/corpus");
  const corpus: Sections[] = readdirSync(corpusDir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => (JSON.parse(readFileSync(join(corpusDir, n), "utf8")) as { sections: Sections }).sections);
  const words = (s: Sections) => Object.values(s).join(" ").split(/\s+/).filter(Boolean).length;
  // the same drafts as scripts/bench-rubric.ts
  const draft700 = (): Sections => {
    const base = { ...corpus[0]! };
    let i = 1;
    while (words(base) < 700 && i < corpus.length) {
      const extra = corpus[i++]!.actions.split(/\s+/);
      base.actions += "\n" + extra.slice(0, 700 - words(base)).join(" ");
    }
    return base;
  };
  const draft20k = (): Sections => {
    const out: Sections = { situation: "", task: "", actions: "", results: "" };
    const budget = { situation: 3000, task: 1500, actions: 12000, results: 3500 };
    for (const k of KEYS) {
      let i = 0;
      while (out[k].length < budget[k]) out[k] += (out[k] ? "\n" : "") + (corpus[i++ % corpus.length]![k] || corpus[0]![k]);
      out[k] = out[k].slice(0, budget[k]);
    }
    return out;
  };
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const timeOne = (e: Engine, d: Sections, reps: number) => {
    const t = performance.now();
    for (let i = 0; i < reps; i++) e.scoreDraft(d);
    return (performance.now() - t) / reps;
  };
  for (const [name, d, reps, n] of [
    ["700 words", draft700(), 5, rounds],
    ["20,000 chars", draft20k(), 1, Math.max(50, rounds >> 1)],
  ] as const) {
    for (let i = 0; i < 50; i++) {
      oldEngine.scoreDraft(d);
      newEngine.scoreDraft(d);
    }
    const olds: number[] = [];
    const news: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < n; r++) {
      let o: number;
      let w: number;
      if (r % 2 === 0) {
        o = timeOne(oldEngine, d, reps);
        w = timeOne(newEngine, d, reps);
      } else {
        w = timeOne(newEngine, d, reps);
        o = timeOne(oldEngine, d, reps);
      }
      olds.push(o);
      news.push(w);
      ratios.push(w / o);
    }
    console.log(
      `${name.padEnd(13)} old median ${median(olds).toFixed(3)} ms, new median ${median(news).toFixed(3)} ms; ` +
        `median of per-round new/old ${median(ratios).toFixed(3)}  [${n} rounds × ${reps}]`,
    );
  }
}
process.exit(mismatches === 0 ? 0 : 1);
