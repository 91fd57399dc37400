import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { readGateAnswers } from "@/scripts/lib/gate-set";

// Gate rounds g26-g28 (tests/fixtures/rubric/gate/README.md, session 15): 60 whole answers written
// after the session's first gate change, by three writers who never saw the engine, and read once,
// in aggregate, to choose between two topic rows. The topic row never learned from them. At the
// session's start the gate capped 18 of their 40 off-topic stories; the topic row with its threshold
// set by a rate capped 26, and the same row learned also from g23-g25 (shipped) 28. An answer on the
// question is capped by the rules' own test, as at the start.
describe("the gate on a round its topic row never learned from", () => {
  const answers = readGateAnswers([join(__dirname, "../../fixtures/rubric/gate/fresh-s15-2.jsonl")]);
  const scored = answers.map((a) => ({ kind: a.kind, score: scoreDraft(a.sections) }));

  it("caps most off-topic stories, at least as many as when it shipped", () => {
    const off = scored.filter((s) => s.kind === "offtopic");
    expect(off).toHaveLength(40);
    expect(off.filter((s) => s.score.gate.kind === "offtopic").length).toBeGreaterThanOrEqual(28);
    for (const s of off) if (s.score.gate.kind === "offtopic") expect(s.score.total).toBeLessThanOrEqual(20);
  });

  it("caps no more answers on the question than at the session's start", () => {
    const on = scored.filter((s) => s.kind === "ontopic");
    expect(on).toHaveLength(20);
    expect(on.filter((s) => s.score.gate.kind !== "ok").length).toBeLessThanOrEqual(1);
  });
});
