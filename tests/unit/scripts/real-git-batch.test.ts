import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { ITEM_IDS } from "@/lib/rubric/types";
import { cohenKappa, formatIndex, indexEntry, mergeReads, prepare, readOrders, usedFileKey, type Read } from "@/scripts/real-git-batch";
import { RealGitEntry } from "@/scripts/real-git";

// The steps that turn what finders bring into a labelled batch of real texts (the method of
// tests/fixtures/rubric/real-git/BRIEFS.md), checked on entries made here.
const found = (repo: string, path: string, sections: Record<string, [number, number]> = { actions: [1, 10] }) => ({
  repo,
  commit: "c".repeat(40),
  path,
  title: `a text in ${repo}`,
  kind_of_source: "blog-debugging-story",
  sections,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

describe("prep: what a batch may take of the finders' texts", () => {
  it("keeps new texts with ids from the start given, split next, and says why it drops the rest", () => {
    const read = (f: { repo: string }) => {
      if (f.repo === "o/gone") throw new Error("no mirror under /m");
      return { situation: "", task: "", actions: words(f.repo === "o/short" ? 40 : 300), results: "" };
    };
    const { entries, texts, dropped } = prepare(
      [
        found("o/a", "one.md"),
        found("o/a", "two.md"),
        found("o/a", "three.md"), // a third from one repository
        found("o/b", "one.md"),
        found("o/b", "one.md"), // the same file twice
        found("O/Used", "x.md"), // names compare in lower case
        found("o/gone", "x.md"),
        found("o/short", "x.md"),
        found("o/c", "x.md", { situation: [1, 5], actions: [5, 9] }), // overlapping
        { repo: "o/d", path: "x.md" }, // not an entry
      ],
      new Set(["o/used"]),
      900,
      read,
    );
    expect(entries.map((e) => [e.id, e.repo, e.path, e.split])).toEqual([
      ["rt-900", "o/a", "one.md", "next"],
      ["rt-901", "o/a", "two.md", "next"],
      ["rt-902", "o/b", "one.md", "next"],
    ]);
    expect(entries.every((e) => e.labels === undefined && e.grade === undefined)).toBe(true);
    expect([...texts.keys()]).toEqual(["rt-900", "rt-901", "rt-902"]);
    expect(dropped).toEqual([
      "o/a:three.md: more than 2 texts from one repository",
      "o/b:one.md: the same file twice",
      "O/Used:x.md: a set already uses this repository",
      "o/gone:x.md: no mirror under /m",
      "o/short:x.md: 40 words (120-1600 kept)",
      "o/c:x.md: sections overlap",
      expect.stringMatching(/^o\/d:x\.md: commit/),
    ]);
  });
});

describe("prep: another file of a repository a set already uses (--same-repos)", () => {
  it("is kept, and a file a set uses is not", () => {
    const read = () => ({ situation: "", task: "", actions: words(300), results: "" });
    const { entries, dropped } = prepare([found("O/Blog", "new.md"), found("o/blog", "old.md")], new Set(), 700, read, new Set([usedFileKey("O/Blog", "old.md")]));
    expect(entries.map((e) => e.path)).toEqual(["new.md"]);
    expect(dropped).toEqual(["o/blog:old.md: a set already uses this file"]);
  });
});

describe("prep: a mail archive's messages", () => {
  // public-inbox keeps each message as the file `m` of a commit of its own (session 32)
  it("are different texts at different commits, and the same text at the same one", () => {
    const read = () => ({ situation: "", task: "", actions: words(300), results: "" });
    const message = (commit: string) => ({ ...found("lists/fs", "m"), commit: commit.repeat(40) });
    const { entries, dropped } = prepare([message("a"), message("b"), message("a")], new Set(), 500, read);
    expect(entries.map((e) => e.commit[0])).toEqual(["a", "b"]);
    expect(dropped).toEqual(["lists/fs:m: the same file twice"]);
  });
});

describe("read orders", () => {
  const ids = Array.from({ length: 11 }, (_, i) => `rt-${800 + i}`);
  it("gives each read every id once, in halves for two readers, in an order of its own, the same for the same seed", () => {
    const orders = readOrders(ids, 3, 7);
    expect(orders).toHaveLength(3);
    for (const [a, b] of orders) {
      expect(a).toHaveLength(6);
      expect([...a, ...b].sort()).toEqual(ids);
    }
    expect(orders[0]!.flat()).not.toEqual(orders[1]!.flat());
    expect(readOrders(ids, 3, 7)).toEqual(orders);
    expect(readOrders(ids, 3, 8)).not.toEqual(orders);
  });
});

describe("merging three blind reads", () => {
  const entry = (id: string) => RealGitEntry.parse({ id, ...found("o/a", `${id}.md`), split: "next" });
  const all = (label: "met" | "partial" | "missing") => Object.fromEntries(ITEM_IDS.map((i) => [i, label])) as Read["labels"];
  const read = (id: string, grade: number, kind: Read["kind"], labels: Read["labels"]): Read => ({ id, grade, kind, labels });

  it("takes the majority label (partial on a three-way split), the median grade and the majority kind (else the last read's)", () => {
    const entries = [entry("rt-01"), entry("rt-02")];
    const r1 = [read("rt-01", 2, "weak", { ...all("met"), fix: "met" }), read("rt-02", 1, "offtopic", all("missing"))];
    const r2 = [read("rt-01", 4, "medium", { ...all("met"), fix: "missing" }), read("rt-02", 1, "offtopic", all("missing"))];
    const r3 = [read("rt-01", 3, "strong", { ...all("missing"), fix: "partial" }), read("rt-02", 2, "weak", all("missing"))];
    const { entries: merged, agreement } = mergeReads(entries, [r1, r2, r3]);
    expect(merged[0]!.labels!.component).toBe("met");
    expect(merged[0]!.labels!.fix).toBe("partial");
    expect(merged[0]!.grade).toBe(3);
    expect(merged[0]!.kind).toBe("strong");
    expect(merged[1]!.grade).toBe(1);
    expect(merged[1]!.kind).toBe("offtopic");
    expect(agreement.threeWayLabels).toBe(1);
    expect(agreement.gradesApart).toBe(2);
    expect(agreement.threeWayKinds).toBe(1);
    expect(agreement.labels).toBe(2 * ITEM_IDS.length * 3);
    // rt-1: reads 1 and 2 agree on 19 items, 1 and 3 on none, 2 and 3 on none; rt-2: all agree
    expect(agreement.agreed).toBe(19 + 3 * ITEM_IDS.length);
  });

  it("refuses a read that lacks a text or an item, and other than three reads", () => {
    const entries = [entry("rt-01")];
    const ok = [read("rt-01", 2, "weak", all("met"))];
    expect(() => mergeReads(entries, [ok, ok, []])).toThrow(/read 3 has no line for rt-01/);
    const { fix: _fix, ...noFix } = all("met");
    expect(() => mergeReads(entries, [ok, [read("rt-01", 2, "weak", noFix as Read["labels"])], ok])).toThrow(/read 2 has no label for rt-01 fix/);
    expect(() => mergeReads(entries, [ok, ok])).toThrow(/three reads/);
  });

  it("computes Cohen's kappa", () => {
    expect(cohenKappa(["met", "met", "missing", "missing"], ["met", "missing", "missing", "missing"])).toBeCloseTo(0.5, 10);
    expect(cohenKappa(["met", "partial"], ["met", "partial"])).toBe(1);
  });
});

describe("the index's layout", () => {
  it("writes the committed indexes back byte for byte (keys in each entry's order, one-space indent, astral characters escaped)", () => {
    for (const set of ["real-git", "real-git-2", "real-git-tune"]) {
      const file = join(process.cwd(), "tests/fixtures/rubric", set, "index.json");
      const text = readFileSync(file, "utf8");
      expect(formatIndex(JSON.parse(text) as object[])).toBe(text);
    }
    expect(formatIndex([{ path: "notes/\u{1D49C}.md" }])).toBe('[\n {\n  "path": "notes/\\ud835\\udc9c.md"\n }\n]\n');
  });

  it("puts a new entry's keys in the order most of the index has them", () => {
    const e = RealGitEntry.parse({ id: "rt-09", ...found("o/a", "x.md"), split: "next", grade: 2, kind: "weak", labels: { fix: "met" } });
    expect(Object.keys(indexEntry(e))).toEqual(["id", "repo", "commit", "path", "title", "kind_of_source", "sections", "split", "grade", "kind", "labels"]);
  });
});
