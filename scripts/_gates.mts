import { scoreDraft } from "../lib/rubric/index";
import { readSnippets, snippetSections, snippetTruth } from "./lib/snippets";
const files = process.argv.slice(2);
const sn = readSnippets(files);
const counts: Record<string, number> = {};
let withMet = 0;
const show = process.env.SHOW === "1";
for (const s of sn) {
  const sc = scoreDraft(snippetSections(s));
  counts[sc.gate.kind] = (counts[sc.gate.kind] ?? 0) + 1;
  const t = snippetTruth(s);
  const mets = Object.values(t).filter((v) => v === "met").length;
  if (sc.gate.kind !== "none" && sc.gate.kind !== "ok" && mets > 0) { withMet++; if (show) console.log("=>", sc.gate.kind, s.id, mets, s.sentences.map((x) => x.t).join(" ").slice(0, 200)); }
}
console.log(sn.length, JSON.stringify(counts), "gated with met items:", withMet);
