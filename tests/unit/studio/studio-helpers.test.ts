import { describe, expect, it } from "vitest";

import { DRAFT_LIMITS } from "@/lib/drafts/draft-schema";
import { copyTitle, parseStoryBankFilters, TAG_LIMITS, TagListSchema } from "@/lib/drafts/story-bank-schema";
import { parseStoredStatuses } from "@/lib/drills/drill-answer-view";
import { buildDrillPrompts, probePromptId, resolveDrillPrompt, weakItems } from "@/lib/drills/drill-prompts";
import { DRILL_LIMITS, SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { buildOutline } from "@/lib/rehearsals/outline";
import { formatDuration, RecordRehearsalSchema, rehearsalBand, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";
import { FOLLOW_UPS, scoreDraft } from "@/lib/rubric";
import { DEMO_DRAFTS } from "@/lib/seed/demo-drafts";

const [strong, weak] = DEMO_DRAFTS;
const EMPTY = { situation: "", task: "", actions: "", results: "" };

describe("buildDrillPrompts", () => {
  it("asks about the weakest items first, with the rubric's own probes, and adds common follow-ups", () => {
    const score = scoreDraft(weak!, { profile: "infra-ownership" });
    const prompts = buildDrillPrompts(score);
    expect(prompts.length).toBe(DRILL_LIMITS.prompts);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    const order = weakItems(score);
    expect(prompts[0]).toMatchObject({ id: probePromptId(order[0]!), targets: [order[0]], kind: "probe" });
    expect(prompts[0]!.question).toBe(score.items[order[0]!].probe);
    expect(prompts.filter((p) => p.kind === "follow-up").length).toBeGreaterThan(0);
    // Missing items rank before partial ones.
    const statuses = order.map((id) => score.items[id].status);
    expect(statuses.indexOf("partial")).toBeGreaterThan(statuses.lastIndexOf("missing"));
  });

  it("still drills a draft that meets every item, with the common follow-ups", () => {
    const score = scoreDraft(strong!, { profile: "infra-ownership" });
    const prompts = buildDrillPrompts(score);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.length).toBeLessThanOrEqual(DRILL_LIMITS.prompts);
    expect(prompts.every((p) => p.kind === "follow-up" || score.items[p.targets[0]!].status !== "met")).toBe(true);
  });

  it("resolves any known prompt id, and nothing else", () => {
    const score = scoreDraft(EMPTY);
    expect(resolveDrillPrompt("probe:slo", score)).toMatchObject({ targets: ["slo"], kind: "probe" });
    expect(resolveDrillPrompt(FOLLOW_UPS[0]!.id, score)).toMatchObject({ question: FOLLOW_UPS[0]!.question });
    expect(resolveDrillPrompt("probe:nope", score)).toBeNull();
    expect(resolveDrillPrompt("nope", score)).toBeNull();
  });
});

describe("drill schema", () => {
  it("trims the answer and enforces the limit", () => {
    const ok = SaveDrillAnswerSchema.safeParse({ draftId: "abc", promptId: "probe:slo", answer: "  fine \u0000 " });
    expect(ok.success && ok.data.answer).toBe("fine");
    expect(SaveDrillAnswerSchema.safeParse({ draftId: "abc", promptId: "probe:slo", answer: " " }).success).toBe(false);
    const long = SaveDrillAnswerSchema.safeParse({ draftId: "abc", promptId: "probe:slo", answer: "a".repeat(DRILL_LIMITS.answer + 1) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toContain("the limit is 2,000");
  });

  it("reads stored statuses defensively", () => {
    expect(parseStoredStatuses('{"fix":"met","slo":"partial","bogus":"met"}')).toEqual([
      { id: "slo", status: "partial" },
      { id: "fix", status: "met" },
    ]);
    expect(parseStoredStatuses("not json")).toEqual([]);
    expect(parseStoredStatuses('{"slo":"great"}')).toEqual([]);
  });
});

describe("rehearsal helpers", () => {
  it("places a run in the 2–4 minute band and formats it", () => {
    expect([119, 120, 240, 241].map(rehearsalBand)).toEqual(["short", "in-range", "in-range", "long"]);
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(spokenDuration(160)).toBe("2 minutes 40 seconds");
    expect(spokenDuration(60)).toBe("1 minute");
    expect(RecordRehearsalSchema.safeParse({ draftId: "a", seconds: "150" }).success).toBe(true);
    expect(RecordRehearsalSchema.safeParse({ draftId: "a", seconds: 0 }).success).toBe(false);
  });

  it("outlines each section by its sentence openings and the phrases that earned met items", () => {
    const sections = {
      situation: "I owned the shard router for our key-value store, on the data path of every read and write. Our SLO was p99 under 20 ms.",
      task: "I was the on-call owner.",
      actions: "",
      results: "p99 went from 180 ms to 14 ms.",
    };
    const score = scoreDraft(sections, { profile: "infra-ownership" });
    const outline = buildOutline(sections, score);
    expect(outline.map((s) => s.key)).toEqual(["situation", "task", "actions", "results"]);
    expect(outline[0]!.cues).toEqual(["I owned the shard router for…", "Our SLO was p99 under 20…"]);
    expect(outline[1]!.cues).toEqual(["I was the on-call owner."]);
    expect(outline[2]).toMatchObject({ cues: [], keyPhrases: [], words: 0, moreCues: 0 });
    for (const section of outline) {
      for (const phrase of section.keyPhrases) expect(sections[section.key]).toContain(phrase.replace(/…$/, ""));
    }
    expect(outline.flatMap((s) => s.keyPhrases).length).toBeGreaterThan(0);
  });

  it("shows no key facts for a vague story", () => {
    const outline = buildOutline(weak!, scoreDraft(weak!, { profile: "infra-ownership" }));
    expect(outline.flatMap((s) => s.keyPhrases)).toEqual([]);
    expect(outline[0]!.cues[0]).toBe("I worked on a backend service…");
  });
});

describe("story bank schema", () => {
  it("normalises tags and enforces the limits", () => {
    expect(TagListSchema.parse(" Postgres, On-Call ,postgres,,  WAL   archive ")).toEqual(["postgres", "on-call", "wal archive"]);
    expect(TagListSchema.safeParse(Array.from({ length: TAG_LIMITS.count + 1 }, (_, i) => `t${i}`).join(",")).success).toBe(false);
    expect(TagListSchema.safeParse("x".repeat(TAG_LIMITS.length + 1)).success).toBe(false);
    expect(TagListSchema.safeParse("<b>").success).toBe(false);
    expect(TagListSchema.parse("c++, c#, node.js")).toEqual(["c++", "c#", "node.js"]);
  });

  it("reads GET filters leniently", () => {
    expect(parseStoryBankFilters({ q: " lag ", tag: "On-Call", question: "" })).toEqual({ q: "lag", tag: "on-call", question: undefined });
    expect(parseStoryBankFilters({ q: ["a", "b"] })).toMatchObject({ q: "a" });
    expect(parseStoryBankFilters({})).toEqual({ q: undefined, tag: undefined, question: undefined });
  });

  it("names a copy within the title limit", () => {
    expect(copyTitle("Lag")).toBe("Lag (copy)");
    const long = copyTitle("x".repeat(DRAFT_LIMITS.title));
    expect(long).toHaveLength(DRAFT_LIMITS.title);
    expect(long.endsWith(" (copy)")).toBe(true);
  });
});
