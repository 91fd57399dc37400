// npm run -s decide:rubric -- --against <git ref> DIR [DIR ...] [--resamples N] [--rank]
//
// The decision rule of docs/decisions/004 as a command: scores every labelled answer in the
// folders (JSON files as shared/rubric/FORMAT.md defines them) with this checkout's engine and with
// lib/rubric as it was at the ref, and prints macro-F1 and rho for both, the change, the paired
// bootstrap's 90% interval of the change (scripts/lib/paired-decision.ts) and whether the change
// passes the rule (macro-F1 up by at least 0.01, rho down by no more than 0.02; with --rank, for a step
// registered as one that only ranks: rho up by at least 0.02, macro-F1 not down). Aggregate only:
// no answer's id, text or result is printed, so it may read a batch that nobody has read, once,
// to decide a step. Exit code 0 whatever the verdict; 2 on bad arguments or a folder with no
// labelled answer.

import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { scoreDraft } from "../lib/rubric/engine";
import { parseCorpusAnswer, type CorpusAnswer } from "../lib/rubric/input";
import { comparePaired, DECISION_RULE, passesRule, RANK_RULE, type PairedFigure } from "./lib/paired-decision";
import { rubricAt } from "./lib/rubric-at";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const against = valueOf("--against");
const resamples = Number(valueOf("--resamples") ?? 2000);
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--against" && args[i - 1] !== "--resamples");
if (!against || dirs.length === 0 || !(resamples >= 0)) {
  console.error("usage: npm run -s decide:rubric -- --against <git ref> DIR [DIR ...] [--resamples N] [--rank]");
  process.exit(2);
}

const answers: CorpusAnswer[] = [];
for (const dir of dirs.map((d) => resolve(d))) {
  if (!existsSync(dir)) {
    console.error(`decide: no folder ${dir}`);
    process.exit(2);
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (e) {
      console.error(`decide: ${name} in ${dir} is not JSON (${(e as Error).message})`);
      process.exit(2);
    }
    const parsed = parseCorpusAnswer(value);
    if (!parsed.ok) {
      console.error(`decide: ${name} in ${dir}: ${parsed.error}`);
      process.exit(2);
    }
    if (parsed.answer.labels && typeof parsed.answer.grade === "number") answers.push(parsed.answer);
  }
}
if (answers.length === 0) {
  console.error("decide: no labelled and graded answer in the folders given");
  process.exit(2);
}

const tmp = rubricAt(against, root, "rubric-before-");
let before: typeof scoreDraft;
try {
  before = ((await import(join(tmp, "lib/rubric/engine.ts"))) as { scoreDraft: typeof scoreDraft }).scoreDraft;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const rowsBefore = answers.map((answer) => ({ answer, score: before(answer.sections) }));
const rowsAfter = answers.map((answer) => ({ answer, score: scoreDraft(answer.sections) }));
const c = comparePaired(rowsBefore, rowsAfter, { resamples });

const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`;
const line = (name: string, f: PairedFigure) =>
  `${name.padEnd(10)} ${f.before.toFixed(4)}  ${f.after.toFixed(4)}  ${signed(f.delta)}   [${signed(f.low)}, ${signed(f.high)}]`;
console.log(`decide: ${c.answers} labelled answers in ${dirs.join(", ")}; ${against} (before) against this checkout (after)`);
console.log(`${"".padEnd(10)} before  after   change    paired 90% interval (${resamples} resamples)`);
console.log(line("macro-F1", c.macroF1));
console.log(line("rho", c.rho));
const chosen = args.includes("--rank") ? RANK_RULE : DECISION_RULE;
const rule = `macro-F1 ${signed(chosen.minMacroGain)} or more, rho ${signed(chosen.minRhoChange)} or more`;
console.log(`rule (${rule}): ${passesRule(c, chosen) ? "passes" : "does not pass"}`);
