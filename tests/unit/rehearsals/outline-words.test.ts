import { describe, expect, it } from "vitest";

import { buildOutline } from "@/lib/rehearsals/outline";
import { scoreDraft } from "@/lib/rubric";

describe("buildOutline word counts", () => {
  it("are the rubric engine's counts, the ones the editor shows", () => {
    const sections = {
      situation: "I owned the read-through cache — a Go service — serving 1,200 requests/s at p99.",
      task: "- Keep p99 under 20 ms\n• Runbook: https://wiki.example.com/cache-runbook",
      actions: "Rolled out 5% → 50% → 100%.",
      results: "",
    };
    const score = scoreDraft(sections);
    const outline = buildOutline(sections, score);
    expect(outline.map((section) => section.words)).toEqual([
      score.delivery.words.situation,
      score.delivery.words.task,
      score.delivery.words.actions,
      0,
    ]);
    expect(outline.reduce((sum, section) => sum + section.words, 0)).toBe(score.delivery.words.total);
    // A split on spaces (the outline's old counter) counts each arrow as a word.
    expect(outline[2]!.words).toBe(5);
    expect(sections.actions.trim().split(/\s+/)).toHaveLength(7);
  });
});
