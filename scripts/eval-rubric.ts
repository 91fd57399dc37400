// npm run -s eval:rubric -- [DIR] [--verbose]
// Scores a labeled corpus (default ../shared/rubric/devset) and prints per-item precision,
// recall and F1, macro-F1, Spearman's rho against `grade`, and the highest total of any
// stuffed/offtopic answer, as shared/rubric/FORMAT.md defines them.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ITEM_IDS, scoreDraft } from "../lib/rubric/index";
import { evaluateCorpus } from "../lib/rubric/evaluate";
import { parseCorpusAnswer, type CorpusAnswer } from "../lib/rubric/input";

const here = fileURLToPath(new URL(".", import.meta.url));
const DEFAULT_DIR = resolve(here, "../../shared/rubric/devset");

function main(argv: string[]): number {
  const verbose = argv.includes("--verbose");
  const dir = argv.find((a) => a !== "--" && !a.startsWith("--")) ?? DEFAULT_DIR;
  if (!existsSync(dir)) {
    process.stderr.write(`${dir}: no such folder\n`);
    return 2;
  }
  const rows: Array<{ answer: CorpusAnswer; score: ReturnType<typeof scoreDraft> }> = [];
  let failed = false;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const file = join(dir, name);
    let parsed: ReturnType<typeof parseCorpusAnswer>;
    try {
      parsed = parseCorpusAnswer(JSON.parse(readFileSync(file, "utf8")));
    } catch (e) {
      process.stderr.write(`${file}: ${(e as Error).message.split("\n")[0]}\n`);
      failed = true;
      continue;
    }
    if (!parsed.ok) {
      process.stderr.write(`${file}: not an answer: ${parsed.error}\n`);
      failed = true;
      continue;
    }
    rows.push({ answer: parsed.answer, score: scoreDraft(parsed.answer.sections) });
  }
  if (rows.length === 0) {
    process.stderr.write(`${dir}: no answers found\n`);
    return 2;
  }
  const m = evaluateCorpus(rows);
  const f = (x: number) => x.toFixed(2);
  console.log(`corpus: ${dir} (${m.answers} answers)`);
  console.log(`${"item".padEnd(20)} ${"prec".padStart(5)} ${"recall".padStart(6)} ${"f1".padStart(5)}   tp fp fn  n`);
  for (const id of ITEM_IDS) {
    const r = m.items[id];
    console.log(
      `${id.padEnd(20)} ${f(r.precision).padStart(5)} ${f(r.recall).padStart(6)} ${f(r.f1).padStart(5)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(2)} ${String(r.fn).padStart(2)} ${String(r.n).padStart(2)}`,
    );
  }
  console.log(`macro-F1: ${f(m.macroF1)}`);
  console.log(`spearman rho (total vs grade): ${m.spearman === null ? "n/a" : f(m.spearman)}`);
  console.log(`max total of stuffed/offtopic: ${m.maxStuffedOrOfftopic ?? "n/a"}`);
  console.log(`min total of strong: ${m.minStrong ?? "n/a"}`);
  console.log(
    `totals: ${rows.map((r) => `${r.answer.id}(${r.answer.kind ?? "?"},g${r.answer.grade ?? "?"})=${r.score.total}`).join(" ")}`,
  );
  if (verbose) {
    for (const { answer, score } of rows) {
      const diffs = ITEM_IDS.filter((id) => {
        const l = answer.labels?.[id];
        return (l === "met" || l === "missing") && (l === "met") !== (score.items[id].status === "met");
      }).map((id) => `${id}: label ${answer.labels?.[id]}, engine ${score.items[id].status} ${JSON.stringify(score.items[id].evidence.map((e) => e.text))}`);
      if (diffs.length || score.gate.kind !== "ok") console.log(`\n${answer.id} [${score.gate.kind}]\n  ${diffs.join("\n  ")}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
