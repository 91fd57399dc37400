import { describe, expect, it } from "vitest";

import { learnedInputs, scoreDraft } from "@/lib/rubric/engine";
import { sentenceFeatures, stem, type LearnedModel } from "@/lib/rubric/learned";
import { analyse } from "@/lib/rubric/text";
import { ITEM_IDS } from "@/lib/rubric/types";

const FIX = ITEM_IDS.indexOf("fix");
const REFLECTION = ITEM_IDS.indexOf("reflection");

/** A model that knows a few words, for testing the mechanism rather than the shipped weights. */
function tinyModel(features: LearnedModel["features"], met = 1): LearnedModel {
  return { version: 1, bias: ITEM_IDS.map(() => -3), met: ITEM_IDS.map(() => met), features };
}

const STORY = {
  situation: "I owned the order store, a Postgres cluster behind checkout that served 4,000 writes per second.",
  task: "I was on call the night replication lag reached 90 seconds.",
  actions: "",
  results: "",
};

describe("the learned layer's features", () => {
  it("stems inflections and British spellings to one form", () => {
    expect(new Set(["added", "adding", "adds", "add"].map(stem)).size).toBe(1);
    expect(stem("prioritised")).toBe(stem("prioritized"));
    expect(stem("behaviour")).toBe(stem("behavior"));
    expect(stem("p99")).toBe(stem("p999"));
  });

  it("marks negated and hypothetical words, and gives every feature exact offsets", () => {
    const text = "We had no canary, so we rolled back. Next time we would add a feature flag.";
    const a = analyse(text);
    const first = sentenceFeatures(a, a.sentences[0]!, "actions");
    const second = sentenceFeatures(a, a.sentences[1]!, "actions");
    expect(first.map((h) => h.f)).toContain("!canary");
    expect(first.map((h) => h.f)).not.toContain("canary");
    expect(first.map((h) => h.f)).toContain("roll"); // after the clause break, not negated
    expect(second.map((h) => h.f)).toContain("?flag");
    for (const h of [...first, ...second]) {
      if (h.end > h.start) expect(text.slice(h.start, h.end).length).toBe(h.end - h.start);
    }
    const pair = first.find((h) => h.f === "roll_back")!;
    expect(text.slice(pair.start, pair.end)).toBe("rolled back");
  });

  it("reads numbers by their unit", () => {
    const text = "Latency fell from 120 ms to 35ms and availability stayed at 99.95%.";
    const a = analyse(text);
    const fs = sentenceFeatures(a, a.sentences[0]!, "results");
    expect(fs.filter((h) => h.f === "#n:time").map((h) => text.slice(h.start, h.end))).toEqual(["120 ms", "35ms"]);
    expect(fs.filter((h) => h.f === "#n:pct").map((h) => text.slice(h.start, h.end))).toEqual(["99.95%"]);
  });

  it("reads no sentence that is a claim about habits", () => {
    const habit = learnedInputs({ situation: "", task: "", actions: "I always reindex the tables when queries get slow.", results: "" });
    const story = learnedInputs({ situation: "", task: "", actions: "That night I reindexed the orders table.", results: "" });
    expect(habit).toEqual([]);
    expect(story.length).toBe(1);
  });
});

describe("the learned layer in the engine", () => {
  // "frobnicated" is a word no rule knows, so only the test model can credit it.
  const reindexed = { ...STORY, actions: "At 02:10 I frobnicated the orders table on the primary." };

  it("meets an item the rules miss, with the words that carried it as exact evidence", () => {
    const model = tinyModel({ frobnicat: [[FIX, 5]] });
    expect(scoreDraft(reindexed, { learned: null }).items.fix.status).not.toBe("met");
    const result = scoreDraft(reindexed, { learned: model }).items.fix;
    expect(result.status).toBe("met");
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(reindexed.actions.slice(e.start, e.end)).toBe(e.text);
    expect(result.evidence.map((e) => e.text)).toContain("frobnicated");
  });

  it("gives no partial credit below the threshold (a vague mention is the rules' call)", () => {
    const model = tinyModel({ frobnicat: [[FIX, 3.5]] });
    expect(scoreDraft(reindexed, { learned: model }).items.fix.status).toBe("missing");
  });

  it("shows no function word as evidence, even one the model leans on", () => {
    const model = tinyModel({ frobnicat: [[FIX, 2]], the: [[FIX, 3]], "#I": [[FIX, 3]] });
    const result = scoreDraft(reindexed, { learned: model }).items.fix;
    expect(result.status).toBe("met");
    expect(result.evidence.map((e) => e.text)).toEqual(["frobnicated"]);
  });

  it("does not credit a negated mention", () => {
    const model = tinyModel({ frobnicat: [[FIX, 5]] });
    const negated = { ...STORY, actions: "At 02:10 we never frobnicated the orders table." };
    expect(scoreDraft(negated, { learned: model }).items.fix.status).toBe("missing");
  });

  it("never lifts an answer the gates capped", () => {
    const stuffed = {
      situation: "",
      task: "",
      actions: [
        "- Owned the Kafka platform on the write path for 60+ services",
        "- Set SLOs of 99.9% availability and p99 publish under 30 ms",
        "- Ran incident response for consumer lag, ISR shrink and broker crashes",
        "- Debugged with metrics, traces, heap dumps and flame graphs",
        "- Delivered idempotent producers, quotas and backpressure",
        "- Canary releases, feature flags, rolling upgrades",
        "- Partnered with SRE and the data platform org",
      ].join("\n"),
      results: "",
    };
    const model = tinyModel({ "#n:pct": [[REFLECTION, 9]] });
    const score = scoreDraft(stuffed, { learned: model });
    expect(score.gate.kind).toBe("stuffed");
    expect(score.items.reflection.status).toBe("missing");
  });
});
