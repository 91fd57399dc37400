import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { build, fetchOrder, linesAt, mirrorOf, readIndex, RealGitEntry } from "@/scripts/real-git";

// The real-text set kept in public git repositories (tests/fixtures/rubric/real-git/): its index
// is committed, its texts are read from local git mirrors. Checked here against a real repository
// made in a temporary folder, as `git clone --bare` would leave it.
describe("the real-git set's builder", () => {
  let mirrors: string;
  let commit: string;
  beforeAll(() => {
    mirrors = mkdtempSync(join(tmpdir(), "gameday-real-git-"));
    const work = join(mirrors, "work");
    mkdirSync(work);
    const git = (...args: string[]) => execFileSync("git", ["-C", work, "-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { encoding: "utf8" }).trim();
    git("init", "-q");
    mkdirSync(join(work, "posts"));
    writeFileSync(join(work, "posts", "outage.md"), ["---", "title: front matter", "---", "", "The queue backed up.", "We paged the owner.", "", "Lag went back to zero."].join("\n"));
    git("add", ".");
    git("commit", "-qm", "a post");
    commit = git("rev-parse", "HEAD");
    execFileSync("git", ["clone", "-q", "--bare", work, join(mirrors, "someone+blog", "repo")]);
  });
  afterAll(() => rmSync(mirrors, { recursive: true, force: true }));

  it("finds a mirror by owner and name, and only one that exists", () => {
    expect(mirrorOf(mirrors, "someone/blog")).toBe(join(mirrors, "someone+blog", "repo"));
    expect(mirrorOf(mirrors, "someone/other")).toBeNull();
  });

  it("reads the lines a section was taken from, 1-based and inclusive, at the commit named", () => {
    const gitDir = mirrorOf(mirrors, "someone/blog")!;
    expect(linesAt(gitDir, commit, "posts/outage.md", [5, 6])).toBe("The queue backed up.\nWe paged the owner.");
    expect(linesAt(gitDir, commit, "posts/outage.md", [8, 8])).toBe("Lag went back to zero.");
    expect(() => linesAt(gitDir, commit, "posts/outage.md", [8, 12])).toThrow(/has 8 lines/);
  });

  it("builds a split set's texts into their half's folder, labels and grade kept, and skips a text without a mirror", () => {
    const setDir = join(mirrors, "set");
    mkdirSync(setDir);
    const entry = { repo: "someone/blog", commit, path: "posts/outage.md", title: "A queue outage", kind_of_source: "blog-debugging-story", grade: 3, kind: "medium" };
    const labels = { incident: "met", fix: "missing" };
    writeFileSync(
      join(setDir, "index.json"),
      JSON.stringify([
        { ...entry, id: "rt-01", split: "dev", sections: { situation: [5, 6], results: [8, 8] }, labels },
        { ...entry, id: "rt-02", split: "check", repo: "someone/gone", sections: { actions: [5, 8] } },
      ]),
    );
    expect(build(setDir, mirrors)).toBe(1);
    const built = JSON.parse(readFileSync(join(setDir, "texts", "dev", "rt-01.json"), "utf8"));
    expect(built).toEqual({
      id: "rt-01",
      kind: "medium",
      grade: 3,
      sections: { situation: "The queue backed up.\nWe paged the owner.", task: "", actions: "", results: "Lag went back to zero." },
      labels,
    });
    expect(existsSync(join(setDir, "texts", "check"))).toBe(false);
  });

  it("orders the repositories to fetch: the unread batch, dev, the measured sets, then check by its texts", () => {
    const entry = (id: number, repo: string, split?: "dev" | "check" | "next") =>
      RealGitEntry.parse({ id: `rt-${String(id).padStart(2, "0")}`, repo, commit: "a".repeat(40), path: "p.md", title: "t", kind_of_source: "postmortem", sections: { actions: [1, 2] }, ...(split ? { split } : {}) });
    const tune = [
      entry(1, "o/check-one", "check"),
      entry(2, "o/check-three", "check"),
      entry(3, "o/check-three", "check"),
      entry(4, "o/check-three", "check"),
      entry(5, "o/check-two", "check"),
      entry(6, "o/check-two", "check"),
      entry(7, "o/dev", "dev"),
      entry(8, "o/dev", "check"),
      entry(9, "o/next", "next"),
    ];
    const measured = [entry(10, "o/measured"), entry(11, "o/check-one")];
    expect(fetchOrder([tune, measured])).toEqual(["o/next", "o/dev", "o/measured", "o/check-one", "o/check-three", "o/check-two"]);
  });

  it("refuses an index entry with a backwards range, a short commit or an unknown item", () => {
    const good = {
      id: "rg-01",
      repo: "someone/blog",
      commit: "a".repeat(40),
      path: "posts/outage.md",
      title: "A queue outage",
      kind_of_source: "blog-debugging-story",
      sections: { actions: [5, 8] },
      grade: 3,
      labels: { fix: "met" },
    };
    expect(RealGitEntry.safeParse(good).success).toBe(true);
    expect(RealGitEntry.safeParse({ ...good, sections: { actions: [8, 5] } }).success).toBe(false);
    expect(RealGitEntry.safeParse({ ...good, commit: "abc123" }).success).toBe(false);
    expect(RealGitEntry.safeParse({ ...good, labels: { fixes: "met" } }).success).toBe(false);
  });

  it("commits indexes that parse, with every item labelled and a grade for each text, and no text in two sets", () => {
    const ids = new Set<string>();
    // lines taken so far, per file at a commit (an interview-notes file may hold several answers)
    const taken = new Map<string, Array<[number, number]>>();
    for (const set of ["real-git", "real-git-2", "real-git-tune"]) {
      const entries = readIndex(join(process.cwd(), "tests/fixtures/rubric", set, "index.json"));
      expect(entries.length).toBeGreaterThanOrEqual(30);
      for (const e of entries) {
        expect([e.id, Object.keys(e.labels ?? {}).length, e.grade !== undefined]).toEqual([e.id, 20, true]);
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        const file = `${e.repo}@${e.commit}:${e.path}`;
        const ranges = taken.get(file) ?? [];
        for (const [from, to] of Object.values(e.sections)) {
          expect([e.id, ranges.some(([f, t]) => from <= t && f <= to)]).toEqual([e.id, false]);
        }
        taken.set(file, [...ranges, ...Object.values(e.sections)]);
      }
    }
  });
});
