// npx tsx scripts/real-git.ts [--mirrors DIR]
//
// Builds the git-ignored texts of the real-text sets kept in public git repositories:
// tests/fixtures/rubric/real-git/ and real-git-2/ (measured only) and real-git-tune/ (a dev half to
// read and a check half to decide on), each described in its README. A set's committed index names,
// per text, a repository, a commit, a file and the line ranges its sections were taken from, with the
// readers' labels and grade; this script reads those lines from local git mirrors of the
// repositories and writes one answer per text to the set's texts/ (texts/<split>/ in a split set),
// in the corpus format of shared/rubric/FORMAT.md. Nothing of the texts is committed: they are
// other people's words, kept on this machine to measure with.
//
// A mirror is a git directory of the repository (a bare clone, or a clone's .git) at
// DIR/<owner>+<name>/repo (or .../repo/.git); DIR defaults to $GAMEDAY_GIT_MIRRORS, then
// /work/.mirror. `git clone --bare https://github.com/<owner>/<name> DIR/<owner>+<name>/repo`
// makes one. A text whose mirror or commit is missing is reported and skipped.
//
// npx tsx scripts/real-git.ts --missing [--mirrors DIR]
//
// Writes nothing: prints the repositories that have no mirror yet, one `owner/name` a line, in the
// order to fetch them on a new machine, where a session may fetch fewer repositories than the sets
// use (500 against 661 in session 26): the unread batch first (split `next`), then `dev` (read text by
// text), then the measured-only sets, then `check`, the repositories holding the most check texts
// first, so that a partial fetch keeps the most of each.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { z } from "zod";

import { ITEM_IDS, SECTION_KEYS } from "../lib/rubric/types";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "..");
const SET_DIRS = ["real-git", "real-git-2", "real-git-tune"].map((name) => join(root, "tests/fixtures/rubric", name));

const range = z.tuple([z.number().int().positive(), z.number().int().positive()]).refine(([from, to]) => from <= to, "a range runs forwards");
const label = z.enum(["met", "partial", "missing"]);
export const RealGitEntry = z.object({
  id: z.string().regex(/^r[gt]-\d{2,4}$/),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string().min(1),
  title: z.string().min(1),
  kind_of_source: z.enum(["postmortem", "blog-debugging-story", "sample-answer"]),
  sections: z.partialRecord(z.enum(SECTION_KEYS), range),
  grade: z.number().int().min(1).max(5).optional(),
  kind: z.enum(["strong", "medium", "weak", "adjacent", "offtopic", "stuffed", "unstructured"]).optional(),
  labels: z.partialRecord(z.enum(ITEM_IDS), label).optional(),
  /** In a set split once at random: the half the text belongs to (its texts go to texts/<split>/). */
  split: z.enum(["dev", "check", "next"]).optional(),
});
export type RealGitEntry = z.infer<typeof RealGitEntry>;

export function readIndex(file: string): RealGitEntry[] {
  return z.array(RealGitEntry).parse(JSON.parse(readFileSync(file, "utf8")));
}

/** The git directory of a repository's mirror under `mirrors`, or null. */
export function mirrorOf(mirrors: string, repo: string): string | null {
  const base = join(mirrors, repo.replace("/", "+"));
  for (const dir of [join(base, "repo", ".git"), join(base, "repo"), base]) {
    if (existsSync(join(dir, "HEAD")) && existsSync(join(dir, "objects"))) return dir;
  }
  return null;
}

/** The lines of `path` at `commit`. */
function fileLines(gitDir: string, commit: string, path: string): string[] {
  return execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${path}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).split("\n");
}

/** Lines [from, to] (1-based, inclusive) of a file's `lines`, joined back into text. */
function linesOf(lines: readonly string[], path: string, [from, to]: [number, number]): string {
  if (to > lines.length) throw new Error(`${path} has ${lines.length} lines, not ${to}`);
  return lines.slice(from - 1, to).join("\n").trim();
}

/** The lines [from, to] (1-based, inclusive) of `path` at `commit`, joined back into text. */
export function linesAt(gitDir: string, commit: string, path: string, range: [number, number]): string {
  return linesOf(fileLines(gitDir, commit, path), path, range);
}

/**
 * Every repository the sets use, once, in the order to fetch them (see the header): `next`, `dev`,
 * the sets without splits, then `check` by how many of its texts a repository holds (most first;
 * ties by name).
 */
export function fetchOrder(sets: ReadonlyArray<readonly RealGitEntry[]>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const take = (repo: string) => {
    if (!seen.has(repo)) {
      seen.add(repo);
      order.push(repo);
    }
  };
  const all = sets.flat();
  for (const e of all) if (e.split === "next") take(e.repo);
  for (const e of all) if (e.split === "dev") take(e.repo);
  for (const e of all) if (e.split === undefined) take(e.repo);
  const checkTexts = new Map<string, number>();
  for (const e of all) if (e.split === "check") checkTexts.set(e.repo, (checkTexts.get(e.repo) ?? 0) + 1);
  [...checkTexts].sort(([a, n], [b, m]) => m - n || a.localeCompare(b)).forEach(([repo]) => take(repo));
  return order;
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf("--mirrors");
  const mirrors = at >= 0 ? args[at + 1]! : (process.env.GAMEDAY_GIT_MIRRORS ?? "/work/.mirror");
  const setDirs = SET_DIRS.filter((setDir) => existsSync(join(setDir, "index.json")));
  if (args.includes("--missing")) {
    const order = fetchOrder(setDirs.map((setDir) => readIndex(join(setDir, "index.json"))));
    const missing = order.filter((repo) => !mirrorOf(mirrors, repo));
    for (const repo of missing) console.log(repo);
    console.error(`real-git: ${missing.length} of ${order.length} repositories have no mirror under ${mirrors}`);
    return;
  }
  for (const setDir of setDirs) build(setDir, mirrors);
}

/** Writes the texts of the set in `setDir` from the mirrors under `mirrors`; returns how many. */
export function build(setDir: string, mirrors: string): number {
  const entries = readIndex(join(setDir, "index.json"));
  const out = join(setDir, "texts");
  rmSync(out, { recursive: true, force: true });
  let built = 0;
  const missing: string[] = [];
  for (const e of entries) {
    const gitDir = mirrorOf(mirrors, e.repo);
    if (!gitDir) {
      missing.push(`${e.id}: no mirror of ${e.repo} under ${mirrors}`);
      continue;
    }
    try {
      // one read of the file for all its sections
      const lines = fileLines(gitDir, e.commit, e.path);
      const sections = { situation: "", task: "", actions: "", results: "" };
      for (const key of SECTION_KEYS) {
        const r = e.sections[key];
        if (r) sections[key] = linesOf(lines, e.path, r);
      }
      const answer = { id: e.id, ...(e.kind ? { kind: e.kind } : {}), ...(e.grade ? { grade: e.grade } : {}), sections, ...(e.labels ? { labels: e.labels } : {}) };
      const folder = e.split ? join(out, e.split) : out;
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${e.id}.json`), `${JSON.stringify(answer, null, 2)}\n`);
      built++;
    } catch (error) {
      missing.push(`${e.id}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  console.log(`real-git: ${built} of ${entries.length} texts written to ${out.replace(`${root}/`, "")}`);
  for (const m of missing) console.log(`  skipped ${m}`);
  if (built === 0 && entries.length > 0) process.exitCode = 1;
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
