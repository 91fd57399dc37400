import { describe, expect, it } from "vitest";

import { CorpusAnswerSchema } from "@/lib/grading/corpus-answer-schema";
import { corpusKindOf, toCorpusAnswer } from "@/lib/grading/export-grades";
import { ITEM_IDS } from "@/lib/rubric/types";

// The pure half of `export:grades` (lib/grading/export-grades.ts): how a stored grade becomes
// one corpus answer of shared/rubric/FORMAT.md.

const text = { situation: "I owned the etcd cluster.", task: "I was on call.", actions: "Lag grew; I fixed the lock ordering.", results: "p99 fell to 18 ms." };
const engineLabels = Object.fromEntries(ITEM_IDS.map((id) => [id, "missing"])) as Record<(typeof ITEM_IDS)[number], "missing">;

const row = (overrides: Partial<Parameters<typeof toCorpusAnswer>[0]> = {}) => ({
  id: "g1",
  draftId: "d1",
  coachId: "c1",
  version: 3,
  overall: 2,
  summary: "Thin.",
  overrides: JSON.stringify({ slo: { label: "met", note: "p99 is there." } }),
  engineLabels: JSON.stringify({ ...engineLabels, component: "met" }),
  engineScore: 41,
  gradedText: JSON.stringify({ title: "T", ...text }),
  updatedAt: new Date("2026-12-01T10:00:00Z"),
  draft: { adjacent: false, questionId: "q1", question: { profile: "infra-ownership" } },
  ...overrides,
});

describe("corpusKindOf", () => {
  it("derives FORMAT's kind from the text, the adjacent flag and the grade", () => {
    expect(corpusKindOf(text, false, 5)).toBe("strong");
    expect(corpusKindOf(text, false, 4)).toBe("strong");
    expect(corpusKindOf(text, false, 3)).toBe("medium");
    expect(corpusKindOf(text, false, 1)).toBe("weak");
    expect(corpusKindOf(text, true, 5)).toBe("adjacent");
    expect(corpusKindOf({ situation: "", task: "", actions: "all of it in one box", results: " " }, true, 5)).toBe("unstructured");
  });
});

describe("toCorpusAnswer", () => {
  it("labels every item: the coach's where set, the engine's elsewhere; the text is the graded one", () => {
    const answer = toCorpusAnswer(row());
    expect(CorpusAnswerSchema.safeParse(answer).success).toBe(true);
    expect(answer).toMatchObject({ id: "grade-g1", kind: "weak", grade: 2, sections: text });
    expect(answer.labels).toEqual({ ...engineLabels, component: "met", slo: "met" });
    expect(answer.provenance).toMatchObject({ draftVersion: 3, coachLabeled: ["slo"], notes: { slo: "p99 is there." }, engineScore: 41, gradedAt: "2026-12-01T10:00:00.000Z" });
  });

  it("refuses a stored grade that would not make a valid corpus answer", () => {
    expect(() => toCorpusAnswer(row({ overall: 7 }))).toThrow();
    expect(() => toCorpusAnswer(row({ engineLabels: JSON.stringify({ component: "met" }) }))).toThrow();
  });
});
