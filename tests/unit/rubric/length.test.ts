import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { blankUrls, countSpokenWords, speakingTime, spokenLength } from "@/lib/rubric/length";

// The editor counts the text as typed with these (lib/rubric/length.ts) while the engine's score
// may still be of older text; both must give the same count for the same text.
describe("length", () => {
  const sections = {
    situation: "I look after the upload gateway (see https://wiki.example.com/gw?tab=owners&v=3) — 2,400 req/s.",
    task: "Keep p99 under 80 ms; “zero” lost uploads.",
    actions: "- Split the write queue\n- Re-ran the soak test for 12 h",
    results: "p99 fell from 240 ms to 70 ms.",
  };

  it("counts words as the engine does, web addresses excluded", () => {
    const engine = scoreDraft(sections).delivery.words;
    for (const key of ["situation", "task", "actions", "results"] as const) {
      expect(countSpokenWords(sections[key]), key).toBe(engine[key]);
    }
    expect(countSpokenWords("Runbook: https://wiki.example.com/cache-runbook?v=2")).toBe(1);
  });

  it("blanks a web address with as many spaces, so offsets stay exact", () => {
    const text = "see https://x.example/a?b=c now";
    const blanked = blankUrls(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.indexOf("now")).toBe(text.indexOf("now"));
  });

  it("times the words at a speaking pace against the 2–4 minute target", () => {
    expect(speakingTime(0)).toEqual({ speakingSeconds: 0, length: "empty" });
    expect(speakingTime(150).length).toBe("short");
    expect(speakingTime(450).length).toBe("ok");
    expect(speakingTime(700).length).toBe("long");
    expect(spokenLength(speakingTime(150).speakingSeconds)).toBe("About 1 minute spoken");
  });
});
