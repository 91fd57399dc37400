// npm run -s eval:snippets -- FILE.jsonl [FILE.jsonl ...] [--misses ITEM]
//
// How the engine reads short snippets of ordinary writing (the sentence bank's format,
// tests/fixtures/rubric/sentence-bank/README.md): each snippet is scored alone, as a draft whose
// only text is that snippet, in the section its writer gave. A snippet gives an item "met" when
// one of its sentences is marked met; "partial" snippets are left out of that item's figures
// (as shared/rubric/FORMAT.md does for answers). Per item: recall and precision of "the engine
// says met", with the learned layer and with the rules alone. `--misses ITEM` prints that item's
// missed and wrongly met snippets (never use it on a held-out round).

import { readFileSync } from "node:fs";
import { basename } from "node:path";

import { ITEM_IDS, scoreDraft, type ItemId, type Sections } from "../lib/rubric/index";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

type Snippet = { id: string; section: keyof Sections; sentences: Array<{ t: string; items: Record<string, string> }> };

const args = process.argv.slice(2);
const missIndex = args.indexOf("--misses");
const missItem = missIndex >= 0 ? (args.splice(missIndex, 2)[1] as ItemId) : null;
if (args.length === 0) {
  console.error("usage: npm run -s eval:snippets -- FILE.jsonl [FILE.jsonl ...] [--misses ITEM]");
  process.exit(2);
}

const snippets: Snippet[] = [];
for (const file of args) {
  for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) snippets.push(JSON.parse(line) as Snippet);
}

type Tally = { tp: number; fp: number; fn: number; pos: number; neg: number };
const tally = () => Object.fromEntries(ITEM_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, pos: 0, neg: 0 }])) as Record<ItemId, Tally>;
const withLayer = tally();
const rulesAlone = tally();
const misses: string[] = [];

for (const snippet of snippets) {
  const sections: Sections = { situation: "", task: "", actions: "", results: "" };
  // joined as the trainer joins them: a bullet ("- ") starts a new line
  sections[snippet.section] = snippet.sentences.map((s, i) => (i > 0 && s.t.startsWith("- ") ? "\n" : i > 0 ? " " : "") + s.t).join("");
  const truth = {} as Record<ItemId, "met" | "partial" | "missing">;
  for (const id of ITEM_IDS) {
    const marks = snippet.sentences.map((s) => s.items[id]);
    truth[id] = marks.includes("met") ? "met" : marks.includes("partial") ? "partial" : "missing";
  }
  const scored = [
    [scoreDraft(sections), withLayer],
    [scoreDraft(sections, { learned: false }), rulesAlone],
  ] as const;
  for (const [score, t] of scored) {
    for (const id of ITEM_IDS) {
      if (truth[id] === "partial") continue;
      const said = score.items[id].status === "met";
      const row = t[id];
      if (truth[id] === "met") {
        row.pos++;
        if (said) row.tp++;
        else row.fn++;
      } else {
        row.neg++;
        if (said) row.fp++;
      }
      if (t === withLayer && id === missItem && said !== (truth[id] === "met")) {
        misses.push(`${said ? "FALSE MET" : "MISSED   "} ${snippet.id}: ${sections[snippet.section]}`);
      }
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const f = (x: number | null) => (x === null ? "  n/a" : x.toFixed(2).padStart(5));
console.log(`${snippets.length} snippets from ${args.map((a) => basename(a)).join(", ")}`);
console.log(`${"item".padEnd(19)} ${"met".padStart(4)} ${"not".padStart(4)} | with layer: recall  prec    F1 | rules alone: recall  prec    F1`);
const macro = { layer: [] as number[], rules: [] as number[] };
for (const id of ITEM_IDS) {
  const cells = [withLayer[id], rulesAlone[id]].map((t) => {
    const recall = ratio(t.tp, t.pos);
    const precision = ratio(t.tp, t.tp + t.fp);
    const f1 = recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : t.pos > 0 ? 0 : null;
    return { recall, precision, f1 };
  });
  const [l, r] = cells as [(typeof cells)[number], (typeof cells)[number]];
  if (withLayer[id].pos >= 5) {
    macro.layer.push(l.f1 ?? 0);
    macro.rules.push(r.f1 ?? 0);
  }
  console.log(
    `${id.padEnd(19)} ${String(withLayer[id].pos).padStart(4)} ${String(withLayer[id].neg).padStart(4)} |             ${f(l.recall)} ${f(l.precision)} ${f(l.f1)} |              ${f(r.recall)} ${f(r.precision)} ${f(r.f1)}`,
  );
}
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
console.log(`macro-F1 over the ${macro.layer.length} items with 5+ met snippets: with layer ${mean(macro.layer).toFixed(3)}, rules alone ${mean(macro.rules).toFixed(3)}`);
if (missItem) console.log(`\n${misses.join("\n")}`);
