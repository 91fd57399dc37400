import { scoreDraft } from "../lib/rubric/index";
import { readSnippets, snippetSections } from "./lib/snippets";
const [file, ...ids] = process.argv.slice(2);
for (const s of readSnippets([file!])) if (ids.includes(s.id)) {
  const sc = scoreDraft(snippetSections(s));
  console.log(s.id, s.section, JSON.stringify(sc.gate.kind), Object.values(sc.items).filter((i) => i.status !== "missing").map((i) => i.id + ":" + i.status).join(" "));
  console.log("  ", JSON.stringify(snippetSections(s)).slice(0, 400));
}
