import { describe, expect, it } from "vitest";

import { describeScorePath } from "@/components/history/describe-score-path";

const path = (...scores: Array<number | null>) => scores.map((score, index) => ({ version: index + 1, score }));

describe("describeScorePath", () => {
  it("says so when no version has a score", () => {
    expect(describeScorePath([])).toBe("No version has a score yet.");
    expect(describeScorePath(path(null, null))).toBe("No version has a score yet.");
  });

  it("describes a single version", () => {
    expect(describeScorePath([{ version: 3, score: 42 }])).toBe("One scored version so far: 42, at version 3.");
  });

  it("describes a flat path", () => {
    expect(describeScorePath(path(40, 40, 40))).toBe("Steady at 40 across all 3 versions.");
  });

  it("describes a rising path, plateaus included", () => {
    expect(describeScorePath(path(10, 30, 30, 60))).toBe("Rose from 10 to 60 across 4 versions; best 60 at version 4.");
  });

  it("describes a falling path", () => {
    expect(describeScorePath(path(60, 45, 20))).toBe("Fell from 60 to 20 across 3 versions; best 60 at version 1.");
  });

  it("describes up and back down to where it started (the case from issue 8)", () => {
    expect(describeScorePath(path(0, 11, 0))).toBe("Started at 0, rose to 11, and is back at 0 now; best 11 at version 2.");
  });

  it("describes up and down to a new level", () => {
    expect(describeScorePath(path(20, 50, 30))).toBe("Started at 20, rose to 50, and is down at 30 now; best 50 at version 2.");
    expect(describeScorePath(path(50, 20, 20, 70))).toBe("Started at 50, fell to 20, and is up at 70 now; best 70 at version 4.");
    expect(describeScorePath(path(10, 60, 30, 45))).toBe("Started at 10, rose to 60, fell to 30, and is up at 45 now; best 60 at version 2.");
  });

  it("names the first version that reached a best score shared by several", () => {
    expect(describeScorePath(path(0, 11, 0, 11))).toBe("Started at 0, rose to 11, fell to 0, and is back at 11 now; best 11, first reached at version 2.");
  });

  it("summarises a path with many turns by its range", () => {
    expect(describeScorePath(path(10, 40, 20, 50, 15, 35))).toBe(
      "Started at 10, went up and down between 10 and 50 across 6 versions, and is at 35 now; best 50 at version 4.",
    );
  });

  it("ignores versions without a score and uses the real version numbers", () => {
    const points = [
      { version: 2, score: null },
      { version: 5, score: 0 },
      { version: 8, score: null },
      { version: 9, score: 11 },
      { version: 12, score: 0 },
    ];
    expect(describeScorePath(points)).toBe("Started at 0, rose to 11, and is back at 0 now; best 11 at version 9.");
  });
});
