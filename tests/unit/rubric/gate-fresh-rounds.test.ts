import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { readGateAnswers } from "@/scripts/lib/gate-set";

// Gate rounds g29-g31 (tests/fixtures/rubric/gate/README.md, session 15): 60 whole answers written
// after the session's gate changes, by three writers who never saw the engine, and read once, in
// aggregate, to choose among three topic rows. The shipped row never learned from them. At the
// session's start the gate capped 22 of their 40 off-topic stories; the row before the last change
// 28, and the shipped row (learned also from g23-g28 and the fresh whole answers) 30. None of their
// 20 answers on the question was capped, before or after.
describe("the gate on a round its topic row never learned from", () => {
  const answers = readGateAnswers([join(__dirname, "../../fixtures/rubric/gate/fresh-s15-3.jsonl")]);
  const scored = answers.map((a) => ({ kind: a.kind, score: scoreDraft(a.sections) }));

  it("caps most off-topic stories, at least as many as when it shipped", () => {
    const off = scored.filter((s) => s.kind === "offtopic");
    expect(off).toHaveLength(40);
    expect(off.filter((s) => s.score.gate.kind === "offtopic").length).toBeGreaterThanOrEqual(30);
    for (const s of off) if (s.score.gate.kind === "offtopic") expect(s.score.total).toBeLessThanOrEqual(20);
  });

  it("caps no answer on the question, as at the session's start", () => {
    const on = scored.filter((s) => s.kind === "ontopic");
    expect(on).toHaveLength(20);
    expect(on.filter((s) => s.score.gate.kind !== "ok")).toHaveLength(0);
  });
});
