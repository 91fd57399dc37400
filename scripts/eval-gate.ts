// npm run -s eval:gate -- FILE.jsonl [FILE.jsonl ...] [--list]
//
// How the engine's gate reads whole answers that are, or are not, about the question
// (tests/fixtures/rubric/gate/README.md): an off-topic story that names infrastructure in passing
// must be capped (gate "offtopic" or "stuffed") and score no more than OFFTOPIC_MAX; an answer on
// the question, however weak or plainly worded, must not be. A stuffed answer (names the
// checklist's things, tells no story) is held to the same bound. `--list` prints every answer's gate
// and total (never on the frozen split).

import { basename } from "node:path";

import { scoreDraft } from "../lib/rubric/index";
import { readGateAnswers } from "./lib/gate-set";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

/** Issue #7's bound for stuffed and off-topic answers. */
const OFFTOPIC_MAX = 25;

const args = process.argv.slice(2);
const list = args.includes("--list");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error("usage: npm run -s eval:gate -- FILE.jsonl [FILE.jsonl ...] [--list]");
  process.exit(2);
}

const answers = readGateAnswers(files);

const rows = answers.map((a) => ({ a, score: scoreDraft(a.sections) }));
const off = rows.filter((r) => r.a.kind === "offtopic");
const on = rows.filter((r) => r.a.kind === "ontopic");
const capped = (r: (typeof rows)[number]) => r.score.gate.kind === "offtopic" || r.score.gate.kind === "stuffed";
const over = off.filter((r) => r.score.total > OFFTOPIC_MAX);
const stuffed = rows.filter((r) => r.a.kind === "stuffed");

console.log(`${answers.length} answers from ${files.map((f) => basename(f)).join(", ")}`);
console.log(
  `off-topic: ${off.length}; capped ${off.filter(capped).length}; over ${OFFTOPIC_MAX}: ${over.length}; highest total ${Math.max(0, ...off.map((r) => r.score.total))}`,
);
if (stuffed.length > 0) {
  const stuffedOver = stuffed.filter((r) => r.score.total > OFFTOPIC_MAX);
  console.log(
    `stuffed: ${stuffed.length}; capped ${stuffed.filter(capped).length}; over ${OFFTOPIC_MAX}: ${stuffedOver.length}; highest total ${Math.max(0, ...stuffed.map((r) => r.score.total))}`,
  );
}
const onTotals = on.map((r) => r.score.total).sort((x, y) => x - y);
console.log(`on the question: ${on.length}; capped (wrongly) ${on.filter(capped).length}; median total ${onTotals[Math.floor(onTotals.length / 2)] ?? "n/a"}`);
if (list) {
  for (const r of rows) console.log(`${r.a.id.padEnd(8)} ${r.a.kind.padEnd(9)} ${r.score.gate.kind.padEnd(9)} ${String(r.score.total).padStart(3)}  ${r.a.subject}`);
}
