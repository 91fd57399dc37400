// Builds tests/fixtures/rubric/authored/ from the written answers and three blind reads.
//
//   tsx scripts/build-authored-corpus.ts disputes DRAFTS A B OUT
//       lists, per answer, the items (and whether the grade) two annotators disagree on,
//       for a third annotator who sees only the text and the item names.
//   tsx scripts/build-authored-corpus.ts build DRAFTS A B C [OUT] [PREFIX]
//       settles every label by majority of the three reads (the third read wins a three-way
//       split), grades by the median, records the agreement, and writes the corpus split once
//       into tune/ and test/ (the frozen third, chosen by a seeded hash, stratified by kind).
//       OUT defaults to tests/fixtures/rubric/authored and PREFIX (of each answer's id) to "au";
//       a later batch gets its own folder, so the split of an earlier one never moves.
//
// The annotations are committed beside the corpus (annotations/*.jsonl) so the agreement
// figures can be recomputed; see tests/fixtures/rubric/authored/README.md.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { spearman } from "../lib/rubric/evaluate";
import { ITEM_IDS, type ItemId } from "../lib/rubric/index";

type Label = "met" | "partial" | "missing";
type Read = { id: string; grade: number; labels: Record<ItemId, Label> };
type Draft = { id: string; kind: string; grade: number; voice?: string; sections: Record<string, string> };
type Third = { id: string; grade?: number; labels: Partial<Record<ItemId, Label>> };

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
let OUT = join(root, "tests/fixtures/rubric/authored");
let PREFIX = "au";
const SPLIT_SEED = "gameday-authored-split-2026-12-02";
const LABELS: Label[] = ["met", "partial", "missing"];

const readDir = <T>(dir: string): Map<string, T> =>
  new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .map((n) => {
        const value = JSON.parse(readFileSync(join(dir, n), "utf8")) as T & { id: string };
        return [value.id, value] as const;
      }),
  );

function checkRead(read: Read, who: string) {
  for (const id of ITEM_IDS) {
    if (!LABELS.includes(read.labels?.[id])) throw new Error(`${who} ${read.id}: bad or missing label for ${id}`);
  }
  if (!Number.isInteger(read.grade) || read.grade < 1 || read.grade > 5) throw new Error(`${who} ${read.id}: bad grade`);
}

function disputes([draftsDir, aDir, bDir, outDir]: string[]) {
  const drafts = readDir<Draft>(draftsDir!);
  const a = readDir<Read>(aDir!);
  const b = readDir<Read>(bDir!);
  mkdirSync(outDir!, { recursive: true });
  let items = 0;
  let grades = 0;
  for (const id of [...drafts.keys()].sort()) {
    const ra = a.get(id);
    const rb = b.get(id);
    if (!ra || !rb) throw new Error(`${id}: missing a read (a: ${!!ra}, b: ${!!rb})`);
    checkRead(ra, "a");
    checkRead(rb, "b");
    const disputed = ITEM_IDS.filter((item) => ra.labels[item] !== rb.labels[item]);
    const needGrade = ra.grade !== rb.grade;
    items += disputed.length;
    grades += needGrade ? 1 : 0;
    if (disputed.length || needGrade) {
      writeFileSync(join(outDir!, `${id}.json`), JSON.stringify({ id, items: disputed, needGrade }, null, 2));
    }
  }
  console.log(`disputed labels: ${items} of ${drafts.size * ITEM_IDS.length}; disputed grades: ${grades} of ${drafts.size}`);
}

/** Cohen's kappa for two raters over the same units. */
function kappa(pairs: Array<[string, string]>): number {
  const n = pairs.length;
  const cats = [...new Set(pairs.flat())];
  const observed = pairs.filter(([x, y]) => x === y).length / n;
  const expected = cats.reduce((sum, c) => {
    const pa = pairs.filter(([x]) => x === c).length / n;
    const pb = pairs.filter(([, y]) => y === c).length / n;
    return sum + pa * pb;
  }, 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

const median3 = (x: number, y: number, z: number) => [x, y, z].sort((p, q) => p - q)[1]!;

function build([draftsDir, aDir, bDir, cDir, out, prefix]: string[]) {
  if (out) OUT = resolve(out);
  if (prefix) PREFIX = prefix;
  const drafts = readDir<Draft>(draftsDir!);
  const a = readDir<Read>(aDir!);
  const b = readDir<Read>(bDir!);
  const c = readDir<Third>(cDir!);
  const ids = [...drafts.keys()].sort();

  // The split: within each kind, order by a seeded hash and send every third answer to test.
  const byKind = new Map<string, string[]>();
  for (const id of ids) {
    const kind = drafts.get(id)!.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  const hash = (id: string) => createHash("sha256").update(`${SPLIT_SEED}:${id}`).digest("hex");
  const testIds = new Set<string>();
  for (const list of byKind.values()) {
    [...list].sort((x, y) => hash(x).localeCompare(hash(y))).forEach((id, i) => {
      if (i % 3 === 0) testIds.add(id);
    });
  }

  for (const dir of ["tune", "test", "annotations"]) {
    rmSync(join(OUT, dir), { recursive: true, force: true });
    mkdirSync(join(OUT, dir), { recursive: true });
  }
  const jsonl: Record<"a" | "b" | "third", string[]> = { a: [], b: [], third: [] };
  const itemPairs = new Map<ItemId, Array<[string, string]>>(ITEM_IDS.map((id) => [id, []]));
  const gradePairs: Array<[number, number]> = [];
  let thirdReads = 0;
  let threeWay = 0;

  for (const id of ids) {
    const draft = drafts.get(id)!;
    const ra = a.get(id)!;
    const rb = b.get(id)!;
    checkRead(ra, "a");
    checkRead(rb, "b");
    const rc = c.get(id);
    jsonl.a.push(JSON.stringify({ id, grade: ra.grade, labels: ra.labels }));
    jsonl.b.push(JSON.stringify({ id, grade: rb.grade, labels: rb.labels }));
    if (rc) jsonl.third.push(JSON.stringify({ id, grade: rc.grade, labels: rc.labels }));

    const labels = {} as Record<ItemId, Label>;
    for (const item of ITEM_IDS) {
      itemPairs.get(item)!.push([ra.labels[item], rb.labels[item]]);
      if (ra.labels[item] === rb.labels[item]) {
        labels[item] = ra.labels[item];
        continue;
      }
      const third = rc?.labels[item];
      if (!third || !LABELS.includes(third)) throw new Error(`${id}: no third read for ${item}`);
      thirdReads++;
      if (third !== ra.labels[item] && third !== rb.labels[item]) threeWay++;
      labels[item] = third; // majority with one of the two, or the tie-break of a three-way split
    }
    gradePairs.push([ra.grade, rb.grade]);
    let grade = ra.grade;
    if (ra.grade !== rb.grade) {
      if (!rc?.grade) throw new Error(`${id}: no third grade`);
      grade = median3(ra.grade, rb.grade, rc.grade);
    }
    const answer = { id: `${PREFIX}-${id}`, kind: draft.kind, grade, voice: draft.voice, sections: draft.sections, labels };
    const dir = testIds.has(id) ? "test" : "tune";
    writeFileSync(join(OUT, dir, `${PREFIX}-${id}.json`), `${JSON.stringify(answer, null, 2)}\n`);
  }
  for (const who of ["a", "b", "third"] as const) {
    writeFileSync(join(OUT, "annotations", `${who}.jsonl`), `${jsonl[who].join("\n")}\n`);
  }

  const all = [...itemPairs.values()].flat();
  const lines = [
    "# Agreement between the two blind annotators",
    "",
    `Computed by \`tsx scripts/build-authored-corpus.ts build\` over ${ids.length} answers (both reads in annotations/a.jsonl and b.jsonl).`,
    "",
    `- labels, all items: raw agreement ${(all.filter(([x, y]) => x === y).length / all.length).toFixed(2)}, Cohen's kappa ${kappa(all).toFixed(2)} (3 classes)`,
    `- grades: exact ${(gradePairs.filter(([x, y]) => x === y).length / gradePairs.length).toFixed(2)}, within one ${(gradePairs.filter(([x, y]) => Math.abs(x - y) <= 1).length / gradePairs.length).toFixed(2)}, Spearman ${(spearman(gradePairs.map((p) => p[0]), gradePairs.map((p) => p[1])) ?? 0).toFixed(2)}`,
    `- disagreements settled by a third blind read: ${thirdReads} labels (${threeWay} three-way splits, where the third read decided) and ${gradePairs.filter(([x, y]) => x !== y).length} grades (median of three)`,
    "",
    "| item | raw agreement | kappa |",
    "|---|---|---|",
    ...ITEM_IDS.map((item) => {
      const pairs = itemPairs.get(item)!;
      return `| ${item} | ${(pairs.filter(([x, y]) => x === y).length / pairs.length).toFixed(2)} | ${kappa(pairs).toFixed(2)} |`;
    }),
    "",
    `Split: ${testIds.size} answers in test/ (frozen), ${ids.length - testIds.size} in tune/.`,
    "",
  ];
  writeFileSync(join(OUT, "AGREEMENT.md"), lines.join("\n"));
  console.log(lines.join("\n"));
}

const [command, ...args] = process.argv.slice(2).filter((x) => x !== "--");
if (command === "disputes" && args.length === 4) disputes(args);
else if (command === "build" && args.length >= 4 && args.length <= 6) build(args);
else {
  console.error("usage: tsx scripts/build-authored-corpus.ts disputes|build DRAFTS A B OUT|C");
  process.exitCode = 2;
}
