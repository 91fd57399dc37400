import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric/index";
import type { SectionKey } from "@/lib/rubric/types";

import { PHRASINGS, SOURCE_STYLES } from "../../fixtures/rubric/must-earn";

function scoreOne(section: SectionKey, text: string) {
  return scoreDraft({ situation: "", task: "", actions: "", results: "", [section]: text });
}

describe("ordinary phrasings earn their item (issue #7)", () => {
  for (const [item, section, text] of PHRASINGS) {
    it(`${item}: ${text}`, () => {
      const result = scoreOne(section, text).items[item];
      expect(result.status).toBe("met");
      for (const e of result.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  }

  for (const [item, section, text] of SOURCE_STYLES) {
    it(`${item} (source style): ${text}`, () => {
      expect(scoreOne(section, text).items[item].status).toBe("met");
    });
  }

  it("a vague mention stays partial and a negated one stays missing", () => {
    expect(scoreOne("results", "After the fix things got a lot better.").items.quantified_results.status).toBe("partial");
    expect(scoreOne("actions", "We never tested the patched build before it shipped.").items.validation.status).not.toBe("met");
    expect(scoreOne("situation", "It is not consulted on any request path at all.").items.data_path.status).toBe("met");
    expect(scoreOne("actions", "I did not page the owner of the schema.").items.collaboration.status).not.toBe("met");
  });
});
