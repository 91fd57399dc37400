import { describe, expect, it } from "vitest";
import { judgeWithRule } from "@/lib/rubric/engine";
import { RULES } from "@/lib/rubric/rules";
import { ITEM_IDS } from "@/lib/rubric/types";

// Every rule carries its own examples; this runs them all. Adding a rule = data + examples.
describe("rule examples", () => {
  it("has exactly one rule per canonical item, in order", () => {
    expect(RULES.map((r) => r.id)).toEqual([...ITEM_IDS]);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it("has at least one example of each status and its copy", () => {
        expect(rule.examples.met.length).toBeGreaterThan(0);
        expect(rule.examples.partial.length + rule.examples.missing.length).toBeGreaterThan(0);
        expect(rule.message.missing).toMatch(/\w/);
        expect(rule.message.partial).toMatch(/\w/);
        expect(rule.probe).toMatch(/\?$/);
      });
      for (const ex of rule.examples.met) it(`met: ${ex}`, () => expect(judgeWithRule(rule.id, ex)).toBe("met"));
      for (const ex of rule.examples.partial) it(`partial: ${ex}`, () => expect(judgeWithRule(rule.id, ex)).toBe("partial"));
      for (const ex of rule.examples.missing) it(`missing: ${ex}`, () => expect(judgeWithRule(rule.id, ex)).toBe("missing"));
    });
  }
});
