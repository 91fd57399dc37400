import { scoreDraft } from "../lib/rubric/index";
const [sec, text] = [process.argv[2]!, process.argv[3]!];
const d = { situation: "", task: "", actions: "", results: "" } as Record<string, string>;
d[sec] = text;
const s = scoreDraft(d as never);
console.log(JSON.stringify(s.gate), s.total, Object.values(s.items).filter((i) => i.status !== "missing").map((i) => i.id + ":" + i.status).join(" "));
