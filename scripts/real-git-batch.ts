// A new batch of real texts for tests/fixtures/rubric/real-git-tune/, from what finders bring to what
// readers label (the method: tests/fixtures/rubric/real-git/BRIEFS.md and the set's README). Each step
// writes files for the next; nothing here reads the engine, so a batch stays unread until it is scored.
//
// npx tsx scripts/real-git-batch.ts prep --finds DIR --out DIR [--start N] [--reads 3] [--seed S] [--same-repos]
//   Reads the finders' JSON Lines (every *.jsonl in --finds: one text a line, {repo, commit, path,
//   title, kind_of_source, sections: {situation: [from, to], ...}}), keeps what the sets may take and
//   says why it drops the rest: a repository some set already uses, no mirror, a bad entry, ranges
//   that overlap or run past the file, the same file twice, a third text from one repository, a
//   passage under 120 or over 1,600 words. Writes <out>/entries.json (ids from --start, default the
//   next free one; split "next", no labels), <out>/view/<id>.json ({id, sections}: what readers see)
//   and, per read, its ids in an order of its own, in two halves for two readers
//   (<out>/order-r1a.txt, order-r1b.txt, ...). --same-repos (session 35): a repository real-git-tune
//   already uses may give another of its files (never one a set uses); those of the other sets stay out.
// npx tsx scripts/real-git-batch.ts merge --out DIR READ.jsonl READ.jsonl READ.jsonl
//   Merges three full blind reads (each the lines {id, grade, kind, labels} of one read, both halves):
//   a label is the majority of the three (a three-way split: partial), the grade the median, the kind
//   the majority (a three-way split: the last read's). Prints how far the reads agree (pairwise share
//   and Cohen's kappa) and writes <out>/labelled.json.
// npx tsx scripts/real-git-batch.ts add --out DIR
//   Appends <out>/labelled.json to real-git-tune/index.json (split "next"), in the file's own layout.
//
// Mirrors as for scripts/real-git.ts (--mirrors DIR, $GAMEDAY_GIT_MIRRORS, /work/.mirror).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { z } from "zod";

import { ITEM_IDS, SECTION_KEYS, type ItemId } from "../lib/rubric/types";
import { seededRandom } from "./lib/seeded-random";
import { linesAt, mirrorOf, readIndex, RealGitEntry } from "./real-git";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const fixtures = join(root, "tests/fixtures/rubric");
const TUNE_INDEX = join(fixtures, "real-git-tune/index.json");
const MIN_WORDS = 120;
const MAX_WORDS = 1600;
const PER_REPO = 2;

type Label = "met" | "partial" | "missing";
const LABELS: readonly Label[] = ["met", "partial", "missing"];

/** A finder's line: an index entry without id, split, labels or grade. */
const Found = RealGitEntry.pick({ repo: true, commit: true, path: true, title: true, kind_of_source: true, sections: true });
type Found = z.infer<typeof Found>;

export type Prepared = { entries: RealGitEntry[]; texts: Map<string, Record<string, string>>; dropped: string[] };

/**
 * Where a text comes from, for "the same file twice": its repository and path; in a public-inbox mail
 * archive, where each message is the file `m` of a commit of its own, the commit too (session 32: three
 * messages of one list were dropped as one file).
 */
const placeOf = (f: Found) => `${f.repo}:${f.path}${f.path === "m" ? `@${f.commit}` : ""}`;
/** A file some set uses, as `usedFiles` names it: "owner/name:path", the repository in lower case. */
export const usedFileKey = (repo: string, path: string) => `${repo.toLowerCase()}:${path}`;

/**
 * The finders' texts a batch may take, with ids from `start` on, and why each other one was dropped.
 * `used`: every repository some set already uses, in lower case. `read(found)` gives each section's
 * text (it throws on a missing mirror, commit or line). `usedFiles`: files a set already uses (usedFileKey).
 */
export function prepare(
  found: readonly unknown[],
  used: ReadonlySet<string>,
  start: number,
  read: (f: Found) => Record<string, string>,
  usedFiles: ReadonlySet<string> = new Set(),
): Prepared {
  const entries: RealGitEntry[] = [];
  const texts = new Map<string, Record<string, string>>();
  const dropped: string[] = [];
  const perRepo = new Map<string, number>();
  const files = new Set<string>();
  for (const raw of found) {
    const parsed = Found.safeParse(raw);
    const name = `${(raw as { repo?: string })?.repo ?? "?"}:${(raw as { path?: string })?.path ?? "?"}`;
    if (!parsed.success) {
      dropped.push(`${name}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      continue;
    }
    const f = parsed.data;
    const ranges = Object.values(f.sections).sort((a, b) => a[0] - b[0]);
    const why = used.has(f.repo.toLowerCase())
      ? "a set already uses this repository"
      : usedFiles.has(usedFileKey(f.repo, f.path))
        ? "a set already uses this file"
        : files.has(placeOf(f))
        ? "the same file twice"
        : (perRepo.get(f.repo) ?? 0) >= PER_REPO
          ? `more than ${PER_REPO} texts from one repository`
          : ranges.length === 0
            ? "no section"
            : ranges.some((r, i) => i > 0 && r[0] <= ranges[i - 1]![1])
              ? "sections overlap"
              : null;
    if (why) {
      dropped.push(`${name}: ${why}`);
      continue;
    }
    let sections: Record<string, string>;
    try {
      sections = read(f);
    } catch (error) {
      dropped.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    const words = Object.values(sections).join(" ").split(/\s+/).filter(Boolean).length;
    if (words < MIN_WORDS || words > MAX_WORDS) {
      dropped.push(`${name}: ${words} words (${MIN_WORDS}-${MAX_WORDS} kept)`);
      continue;
    }
    const id = `rt-${start + entries.length}`;
    entries.push(RealGitEntry.parse({ id, ...f, split: "next" }));
    texts.set(id, sections);
    files.add(placeOf(f));
    perRepo.set(f.repo, (perRepo.get(f.repo) ?? 0) + 1);
  }
  return { entries, texts, dropped };
}

/** Per read, its own order of the ids, cut in two halves (a reader each). */
export function readOrders(ids: readonly string[], reads: number, seed: number): Array<[string[], string[]]> {
  const out: Array<[string[], string[]]> = [];
  for (let r = 0; r < reads; r++) {
    const random = seededRandom(seed + r);
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const half = Math.ceil(order.length / 2);
    out.push([order.slice(0, half), order.slice(half)]);
  }
  return out;
}

const Read = z.object({
  id: z.string(),
  grade: z.number().int().min(1).max(5),
  kind: z.enum(["strong", "medium", "weak", "adjacent", "offtopic", "stuffed", "unstructured"]),
  labels: z.record(z.enum(ITEM_IDS), z.enum(["met", "partial", "missing"])),
});
export type Read = z.infer<typeof Read>;

export type Agreement = { labels: number; agreed: number; kappas: number[]; threeWayLabels: number; gradesApart: number; threeWayKinds: number };

/** Cohen's kappa of two readers' labels over the same (text, item) pairs. */
export function cohenKappa(a: readonly Label[], b: readonly Label[]): number {
  const n = a.length;
  let same = 0;
  const pa = new Map<Label, number>();
  const pb = new Map<Label, number>();
  a.forEach((x, i) => {
    if (x === b[i]) same++;
    pa.set(x, (pa.get(x) ?? 0) + 1);
    pb.set(b[i]!, (pb.get(b[i]!) ?? 0) + 1);
  });
  const po = same / n;
  const pe = LABELS.reduce((s, c) => s + ((pa.get(c) ?? 0) / n) * ((pb.get(c) ?? 0) / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/**
 * Three full reads merged into each entry's labels, grade and kind (see the header). Throws when a
 * read lacks a text of the batch or an item of a text.
 */
export function mergeReads(entries: readonly RealGitEntry[], reads: ReadonlyArray<readonly Read[]>): { entries: RealGitEntry[]; agreement: Agreement } {
  if (reads.length !== 3) throw new Error(`merge takes three reads, not ${reads.length}`);
  const byId = reads.map((read, r) => {
    const m = new Map(read.map((line) => [line.id, line]));
    for (const e of entries) {
      const line = m.get(e.id);
      if (!line) throw new Error(`read ${r + 1} has no line for ${e.id}`);
      for (const item of ITEM_IDS) if (!line.labels[item]) throw new Error(`read ${r + 1} has no label for ${e.id} ${item}`);
    }
    return m;
  });
  const column = (r: number) => entries.flatMap((e) => ITEM_IDS.map((item) => byId[r]!.get(e.id)!.labels[item]!));
  const cols = [0, 1, 2].map(column);
  const pairs: Array<[number, number]> = [
    [0, 1],
    [0, 2],
    [1, 2],
  ];
  const agreement: Agreement = {
    labels: cols[0]!.length * pairs.length,
    agreed: pairs.reduce((n, [a, b]) => n + cols[a]!.filter((x, i) => x === cols[b]![i]).length, 0),
    kappas: pairs.map(([a, b]) => cohenKappa(cols[a]!, cols[b]!)),
    threeWayLabels: 0,
    gradesApart: 0,
    threeWayKinds: 0,
  };
  const merged = entries.map((e) => {
    const lines = byId.map((m) => m.get(e.id)!);
    const labels = {} as Record<ItemId, Label>;
    for (const item of ITEM_IDS) {
      const votes = lines.map((l) => l.labels[item]!);
      const majority = LABELS.find((c) => votes.filter((v) => v === c).length >= 2);
      if (!majority) agreement.threeWayLabels++;
      labels[item] = majority ?? "partial";
    }
    const grades = lines.map((l) => l.grade).sort((a, b) => a - b);
    if (grades[0] !== grades[2]) agreement.gradesApart++;
    const kinds = lines.map((l) => l.kind);
    const kind = kinds.find((k) => kinds.filter((x) => x === k).length >= 2);
    if (!kind) agreement.threeWayKinds++;
    return RealGitEntry.parse({ ...e, grade: grades[1], kind: kind ?? kinds[2], labels });
  });
  return { entries: merged, agreement };
}

/** The index as the repository keeps it: one space of indent, characters past U+FFFF escaped, each entry's keys in its own order. */
export function formatIndex(entries: readonly object[]): string {
  return `${JSON.stringify(entries, null, 1).replace(/[\u{10000}-\u{10FFFF}]/gu, (c) =>
    c
      .split("")
      .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join(""),
  )}\n`;
}

/** A new entry with its keys in the order most of the index has them (the split after the sections). */
export function indexEntry(e: RealGitEntry): object {
  const keys = ["id", "repo", "commit", "path", "title", "kind_of_source", "sections", "split", "grade", "kind", "labels"] as const;
  return Object.fromEntries(keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
}

function usedRepositories(sameRepos: boolean): Set<string> {
  const used = new Set<string>();
  for (const set of ["real-git", "real-git-2", ...(sameRepos ? [] : ["real-git-tune"])]) for (const e of readIndex(join(fixtures, set, "index.json"))) used.add(e.repo.toLowerCase());
  // the retired sets name their sources by URL
  for (const set of ["real", "real-train"]) {
    const file = join(fixtures, set, "index.json");
    if (!existsSync(file)) continue;
    for (const e of JSON.parse(readFileSync(file, "utf8")) as Array<{ source_url?: string }>) {
      const m = /github\.com\/([\w.-]+\/[\w.-]+)/i.exec(e.source_url ?? "");
      if (m) used.add(m[1]!.toLowerCase().replace(/\.git$/, ""));
    }
  }
  return used;
}

function main(): void {
  const [command, ...args] = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = value("--out");
  if (!out || !["prep", "merge", "add"].includes(command ?? "")) {
    console.error("usage: npx tsx scripts/real-git-batch.ts prep --finds DIR --out DIR [--start N] [--reads 3] [--seed S] | merge --out DIR R1.jsonl R2.jsonl R3.jsonl | add --out DIR");
    process.exit(2);
  }
  if (command === "prep") {
    const finds = value("--finds");
    if (!finds) throw new Error("prep needs --finds DIR");
    const mirrors = value("--mirrors") ?? process.env.GAMEDAY_GIT_MIRRORS ?? "/work/.mirror";
    const tune = readIndex(TUNE_INDEX);
    const start = Number(value("--start") ?? Math.max(...tune.map((e) => Number(e.id.slice(3)))) + 1);
    const found = readdirSync(finds)
      .filter((n) => n.endsWith(".jsonl"))
      .sort()
      .flatMap((n) =>
        readFileSync(join(finds, n), "utf8")
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => {
            try {
              return JSON.parse(l) as unknown;
            } catch {
              return { repo: `(${n}: not JSON)` };
            }
          }),
      );
    const sameRepos = args.includes("--same-repos");
    const usedFiles = new Set(sameRepos ? tune.map((e) => usedFileKey(e.repo, e.path)) : []);
    const prepared = prepare(found, usedRepositories(sameRepos), start, (f) => {
      const gitDir = mirrorOf(mirrors, f.repo);
      if (!gitDir) throw new Error(`no mirror under ${mirrors}`);
      const sections: Record<string, string> = Object.fromEntries(SECTION_KEYS.map((k) => [k, ""]));
      for (const [key, range] of Object.entries(f.sections)) sections[key] = linesAt(gitDir, f.commit, f.path, range as [number, number]);
      return sections;
    }, usedFiles);
    mkdirSync(join(out, "view"), { recursive: true });
    writeFileSync(join(out, "entries.json"), `${JSON.stringify(prepared.entries, null, 1)}\n`);
    for (const [id, sections] of prepared.texts) writeFileSync(join(out, "view", `${id}.json`), `${JSON.stringify({ id, sections }, null, 2)}\n`);
    const ids = prepared.entries.map((e) => e.id);
    readOrders(ids, Number(value("--reads") ?? 3), Number(value("--seed") ?? start)).forEach(([a, b], r) => {
      writeFileSync(join(out, `order-r${r + 1}a.txt`), `${a.join("\n")}\n`);
      writeFileSync(join(out, `order-r${r + 1}b.txt`), `${b.join("\n")}\n`);
    });
    for (const d of prepared.dropped) console.log(`dropped ${d}`);
    console.log(`kept ${ids.length} (${ids[0] ?? "-"}..${ids.at(-1) ?? "-"}), dropped ${prepared.dropped.length}; texts for readers in ${join(out, "view")}`);
  } else if (command === "merge") {
    const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--out");
    const reads = files.map((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => Read.parse(JSON.parse(l))),
    );
    const entries = z.array(RealGitEntry).parse(JSON.parse(readFileSync(join(out, "entries.json"), "utf8")));
    const { entries: merged, agreement: a } = mergeReads(entries, reads);
    writeFileSync(join(out, "labelled.json"), `${JSON.stringify(merged, null, 1)}\n`);
    const pct = ((100 * a.agreed) / a.labels).toFixed(1);
    console.log(
      `${merged.length} texts; pairs of reads agreed on ${a.agreed} of ${a.labels} labels (${pct} %), Cohen's kappa ${a.kappas.map((k) => k.toFixed(2)).join(", ")}; ` +
        `three-way label splits ${a.threeWayLabels}, grades not all equal ${a.gradesApart}, three-way kinds ${a.threeWayKinds}`,
    );
  } else {
    const labelled = z.array(RealGitEntry).parse(JSON.parse(readFileSync(join(out, "labelled.json"), "utf8")));
    const taken = new Set(readIndex(TUNE_INDEX).map((e) => e.id)); // validates the index as it is
    for (const e of labelled) if (taken.has(e.id)) throw new Error(`${e.id} is already in the index`);
    const raw = JSON.parse(readFileSync(TUNE_INDEX, "utf8")) as object[];
    writeFileSync(TUNE_INDEX, formatIndex([...raw, ...labelled.map((e) => indexEntry({ ...e, split: "next" }))]));
    console.log(`added ${labelled.length} texts to ${TUNE_INDEX.replace(`${root}/`, "")} (split next); build them with npx tsx scripts/real-git.ts`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
