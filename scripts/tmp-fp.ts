import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scoreDraft } from "../lib/rubric/engine";
const [dir, item] = process.argv.slice(2);
for (const n of readdirSync(dir!).filter((x) => x.endsWith(".json"))) {
  const a = JSON.parse(readFileSync(join(dir!, n), "utf8"));
  if (a.labels[item!] !== "missing") continue;
  const r = scoreDraft(a.sections).items[item as "fix"];
  if (r.status !== "met") continue;
  for (const e of r.evidence.slice(0, 2)) {
    const t: string = a.sections[e.section];
    const from = Math.max(t.lastIndexOf(". ", e.start) + 1, t.lastIndexOf("\n", e.start) + 1, 0);
    let to = t.slice(e.end).search(/[.\n]/); to = to < 0 ? t.length : e.end + to;
    console.log(`${n} [${e.text}] ${t.slice(from, to).slice(0, 230)}`);
  }
}
