import { describe, expect, it } from "vitest";

import { highlightSegments } from "@/lib/star/highlight-segments";
import { mapSpan, nearestOccurrence, relocateAnchor, relocateInSection, type Anchor } from "@/lib/star/relocate-anchor";

// Where a comment's words went between the version it was made on and the draft now
// (issue 9 §3): unchanged, shifted by edits around them, moved, edited, gone.

const ORIGINAL = "We ran a 5-node etcd cluster. Leader elections took 30 s under load. I owned the upgrade.";
const anchorOn = (text: string, quote: string, section: Anchor["section"] = "actions"): Anchor => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { section, start, end: start + quote.length, quote };
};
const sections = (actions: string, others: Partial<Record<"situation" | "task" | "results", string>> = {}) => ({
  situation: "",
  task: "",
  results: "",
  ...others,
  actions,
});

describe("relocateInSection", () => {
  const anchor = anchorOn(ORIGINAL, "Leader elections took 30 s under load.");

  it("keeps the span when the section did not change", () => {
    expect(relocateInSection(anchor, ORIGINAL, ORIGINAL)).toEqual({ status: "unchanged", section: "actions", start: anchor.start, end: anchor.end });
  });

  it("follows the words when text is added before them (shifted, not moved)", () => {
    const current = `Context first. ${ORIGINAL}`;
    const result = relocateInSection(anchor, ORIGINAL, current);
    expect(result).toMatchObject({ status: "unchanged", start: anchor.start + 15 });
    if (result.status !== "unchanged") throw new Error("unreachable");
    expect(current.slice(result.start, result.end)).toBe(anchor.quote);
  });

  it("says the words moved when they were cut and pasted elsewhere in the section", () => {
    const owned = anchorOn(ORIGINAL, "I owned the upgrade.");
    const current = "I owned the upgrade. We ran a 5-node etcd cluster. Leader elections took 30 s under load.";
    const result = relocateInSection(owned, ORIGINAL, current);
    expect(result.status).toBe("moved");
    if (result.status !== "moved") throw new Error("unreachable");
    expect(result.start).toBe(0);
    expect(current.slice(result.start, result.end)).toBe(owned.quote);
  });

  it("picks the occurrence nearest to where the words were when they appear twice", () => {
    expect(nearestOccurrence("abcd xx abcd yy abcd", "abcd", 14)).toBe(16);
    expect(nearestOccurrence("abcd xx abcd yy abcd", "abcd", 6)).toBe(8);
  });

  it("shows the edited passage when most of the words survive", () => {
    const current = ORIGINAL.replace("took 30 s", "took nearly 45 s");
    const result = relocateInSection(anchor, ORIGINAL, current);
    expect(result).toMatchObject({ status: "edited", text: "Leader elections took nearly 45 s under load." });
  });

  it("takes in the words that replaced the first word of the span", () => {
    const current = ORIGINAL.replace("Leader elections took", "Raft elections took");
    expect(relocateInSection(anchor, ORIGINAL, current)).toMatchObject({ status: "edited", text: "Raft elections took 30 s under load." });
  });

  it("says the words are gone when the passage was deleted", () => {
    const current = "We ran a 5-node etcd cluster. I owned the upgrade.";
    expect(relocateInSection(anchor, ORIGINAL, current)).toEqual({ status: "gone" });
  });

  it("says the words are gone when they were rewritten beyond recognition", () => {
    const current = "We ran a 5-node etcd cluster. Our p99 write latency tripled during compaction. I owned the upgrade.";
    expect(relocateInSection(anchor, ORIGINAL, current)).toEqual({ status: "gone" });
  });

  it("says gone when the section was emptied", () => {
    expect(relocateInSection(anchor, ORIGINAL, "")).toEqual({ status: "gone" });
  });

  it("keeps a comment on the whole section on the section", () => {
    expect(relocateInSection({ section: "results", start: 0, end: 0, quote: "" }, "old", "new")).toEqual({ status: "section", section: "results" });
  });

  it("does not look elsewhere for a quote too short to be told apart", () => {
    expect(nearestOccurrence("x b y", "b", 0)).toBeNull();
    expect(nearestOccurrence("x b y b", " b ", 0)).toBeNull();
  });
});

describe("relocateAnchor", () => {
  it("finds words moved to another section", () => {
    const anchor = anchorOn(ORIGINAL, "I owned the upgrade.");
    const current = sections("We ran a 5-node etcd cluster. Leader elections took 30 s under load.", { task: "I owned the upgrade." });
    expect(relocateAnchor(anchor, ORIGINAL, current)).toEqual({ status: "moved", section: "task", start: 0, end: 20 });
  });

  it("prefers the passage in its own section over an exact copy elsewhere", () => {
    const anchor = anchorOn(ORIGINAL, "Leader elections took 30 s under load.");
    const current = sections(ORIGINAL.replace("30 s", "31 s"), { results: "Leader elections took 30 s under load." });
    expect(relocateAnchor(anchor, ORIGINAL, current)).toMatchObject({ status: "edited", section: "actions" });
  });

  it("says gone when the words are nowhere", () => {
    const anchor = anchorOn(ORIGINAL, "Leader elections took 30 s under load.");
    expect(relocateAnchor(anchor, ORIGINAL, sections("Something else entirely."))).toEqual({ status: "gone" });
  });
});

describe("mapSpan", () => {
  it("measures how much of the span survived", () => {
    const mapped = mapSpan("one two three four", "one two THREE four", 0, 18);
    expect(mapped?.keptShare).toBeCloseTo(10 / 15);
    expect(mapped).toMatchObject({ start: 0, end: 18 });
  });
});

describe("highlightSegments", () => {
  it("cuts the text at every span edge and lists the spans over each run", () => {
    expect(highlightSegments("abcdefgh", [{ id: "x", start: 2, end: 5 }, { id: "y", start: 4, end: 6 }, { id: "bad", start: 7, end: 99 }])).toEqual([
      { text: "ab", start: 0, ids: [] },
      { text: "cd", start: 2, ids: ["x"] },
      { text: "e", start: 4, ids: ["x", "y"] },
      { text: "f", start: 5, ids: ["y"] },
      { text: "gh", start: 6, ids: [] },
    ]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});
