// What the rubric's trainers share (scripts/train-stuffing-row.ts, scripts/train-answer-rows.ts): their
// command-line options and the labelled answers of a fixture folder, validated as the engine's CLI does.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { parseCorpusAnswer, type CorpusAnswer } from "../../lib/rubric/input";

/** The value of `--name value` on the command line, or `dflt` when it is absent or has no value. */
export function option(args: readonly string[], name: string, dflt: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
}

/** Every answer of a fixture folder (its *.json files, by name), validated; `who` names the caller in errors. */
export function readAnswerFolder(fixtures: string, folder: string, who: string): CorpusAnswer[] {
  const dir = join(fixtures, folder);
  if (!existsSync(dir)) throw new Error(`${who}: no ${folder} (real texts are built by npx tsx scripts/real-git.ts)`);
  return readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()
    .map((n) => {
      const parsed = parseCorpusAnswer(JSON.parse(readFileSync(join(dir, n), "utf8")));
      if (!parsed.ok) throw new Error(`${who}: ${folder}/${n}: ${parsed.error}`);
      return parsed.answer;
    });
}
