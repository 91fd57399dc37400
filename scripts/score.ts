// npm run -s score -- PATH...
// Scores answers from files or folders: corpus JSON (only `id` and `sections` are read) and
// .md/.txt drafts with Situation/Task/Actions/Results headings (no headings: one
// unstructured answer). Prints one JSON line per answer. A bad file gets a one-line error
// on stderr naming it and makes the exit code non-zero; the other files are still scored.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { scoreDraft, type DraftScore } from "../lib/rubric/index";
import { parseCorpusAnswer, parseDraftText } from "../lib/rubric/input";

const EXTENSIONS = new Set([".json", ".md", ".markdown", ".txt"]);

function listFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const p = join(path, name);
      const s = statSync(p);
      if (s.isDirectory()) return listFiles(p);
      return EXTENSIONS.has(extname(name).toLowerCase()) ? [p] : [];
    });
}

export function compactScore(id: string, s: DraftScore) {
  const items: Record<string, unknown> = {};
  for (const [k, r] of Object.entries(s.items)) {
    items[k] = {
      status: r.status,
      evidence: r.evidence.map((e) => ({ section: e.section, start: e.start, end: e.end, text: e.text })),
      ...(r.message ? { message: r.message, probe: r.probe } : {}),
    };
  }
  return { id, total: s.total, items, gate: s.gate, focus: s.focus, adjacent: s.adjacent, delivery: s.delivery };
}

function main(argv: string[]): number {
  const paths = argv.filter((a) => a !== "--");
  if (paths.length === 0) {
    process.stderr.write("usage: npm run -s score -- PATH... (JSON answers, .md/.txt drafts, or folders of them)\n");
    return 2;
  }
  let failed = false;
  for (const root of paths) {
    let files: string[];
    try {
      files = listFiles(root);
    } catch (e) {
      process.stderr.write(`${root}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      failed = true;
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
        failed = true;
        continue;
      }
      if (extname(file).toLowerCase() === ".json") {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (e) {
          process.stderr.write(`${file}: invalid JSON (${(e as Error).message.split("\n")[0]})\n`);
          failed = true;
          continue;
        }
        const parsed = parseCorpusAnswer(value);
        if (!parsed.ok) {
          process.stderr.write(`${file}: not an answer: ${parsed.error}\n`);
          failed = true;
          continue;
        }
        const { id, sections } = parsed.answer;
        process.stdout.write(JSON.stringify(compactScore(id, scoreDraft(sections))) + "\n");
      } else {
        const { sections } = parseDraftText(text);
        const id = basename(file, extname(file));
        process.stdout.write(JSON.stringify(compactScore(id, scoreDraft(sections))) + "\n");
      }
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
