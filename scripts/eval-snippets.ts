// npm run -s eval:snippets -- FILE.jsonl [FILE.jsonl ...] [--misses ITEM]
//
// How the engine reads short snippets of ordinary writing (the sentence bank's format,
// tests/fixtures/rubric/sentence-bank/README.md): each snippet is scored alone, as a draft whose
// only text is that snippet, in the section its writer gave. A snippet gives an item "met" when
// one of its sentences is marked met; "partial" snippets are left out of that item's figures
// (as shared/rubric/FORMAT.md does for answers). Per item: recall and precision of "the engine
// says met", with the learned layer and with the rules alone. `--misses ITEM` prints that item's
// missed and wrongly met snippets (never use it on a held-out round).

import { basename } from "node:path";

import { ITEM_IDS, scoreDraft, type ItemId } from "../lib/rubric/index";
import { emptyTallies, MIN_MET_SNIPPETS, readSnippets, snippetMacroF1, snippetSections, snippetTruth, tallyFigures, tallySnippet } from "./lib/snippets";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const missIndex = args.indexOf("--misses");
const missItem = missIndex >= 0 ? (args.splice(missIndex, 2)[1] as ItemId) : null;
if (args.length === 0) {
  console.error("usage: npm run -s eval:snippets -- FILE.jsonl [FILE.jsonl ...] [--misses ITEM]");
  process.exit(2);
}

const snippets = readSnippets(args);
const withLayer = emptyTallies();
const rulesAlone = emptyTallies();
const misses: string[] = [];

for (const snippet of snippets) {
  const sections = snippetSections(snippet);
  const truth = snippetTruth(snippet);
  const layer = scoreDraft(sections);
  tallySnippet(withLayer, truth, layer);
  tallySnippet(rulesAlone, truth, scoreDraft(sections, { learned: false }));
  if (missItem && truth[missItem] !== "partial") {
    const said = layer.items[missItem].status === "met";
    if (said !== (truth[missItem] === "met")) misses.push(`${said ? "FALSE MET" : "MISSED   "} ${snippet.id}: ${sections[snippet.section]}`);
  }
}

const f = (x: number | null) => (x === null ? "  n/a" : x.toFixed(2).padStart(5));
console.log(`${snippets.length} snippets from ${args.map((a) => basename(a)).join(", ")}`);
console.log(`${"item".padEnd(19)} ${"met".padStart(4)} ${"not".padStart(4)} | with layer: recall  prec    F1 | rules alone: recall  prec    F1`);
for (const id of ITEM_IDS) {
  const l = tallyFigures(withLayer[id]);
  const r = tallyFigures(rulesAlone[id]);
  console.log(
    `${id.padEnd(19)} ${String(withLayer[id].pos).padStart(4)} ${String(withLayer[id].neg).padStart(4)} |             ${f(l.recall)} ${f(l.precision)} ${f(l.f1)} |              ${f(r.recall)} ${f(r.precision)} ${f(r.f1)}`,
  );
}
const layerMacro = snippetMacroF1(withLayer);
console.log(
  `macro-F1 over the ${layerMacro.items} items with ${MIN_MET_SNIPPETS}+ met snippets: with layer ${layerMacro.macro.toFixed(3)}, rules alone ${snippetMacroF1(rulesAlone).macro.toFixed(3)}`,
);
if (missItem) console.log(`\n${misses.join("\n")}`);
