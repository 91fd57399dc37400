import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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

// Signal.needs lets the engine skip a section that holds none of the strings: sound only if every
// match of the pattern contains one. Checked on every example sentence, on the tuning answers and
// on the shapes the pattern is for, in both cases.
describe("signals' needs", () => {
  const fixtures = join(process.cwd(), "tests/fixtures/rubric");
  const texts: string[] = [
    ...RULES.flatMap((r) => [...r.examples.met, ...r.examples.partial, ...r.examples.missing]),
    "We graphed replica_lag_seconds and kafka_consumer_group_lag for a day.",
    "It threw TimeoutException, then CONNECTIONRESETEXCEPTION, then a plain_snake_case_key.",
  ];
  for (const dir of ["corpus", "authored/tune", "real-style/tune", "fresh-answers-2/dev", "fresh-answers-3/dev"]) {
    for (const f of readdirSync(join(fixtures, dir)).filter((n) => n.endsWith(".json"))) {
      const sections = (JSON.parse(readFileSync(join(fixtures, dir, f), "utf8")) as { sections: Record<string, string> }).sections;
      texts.push(...Object.values(sections));
    }
  }
  const withNeeds = RULES.flatMap((r) => [...r.met, ...r.partial].filter((s) => s.needs).map((s) => ({ id: r.id, s })));

  it("some signal uses it, and the shapes it is for are found", () => {
    expect(withNeeds.length).toBeGreaterThan(0);
    expect(judgeWithRule("signals", "We graphed replica_lag_seconds for a day and it climbed with every compaction.")).toBe("met");
  });

  for (const { id, s } of withNeeds) {
    it(`${id}: every match of ${s.find.slice(0, 40)}… holds one of ${JSON.stringify(s.needs)}`, () => {
      const re = new RegExp(s.find, "gi");
      let matches = 0;
      for (const t of texts) {
        for (const m of t.matchAll(re)) {
          matches++;
          expect(s.needs!.some((n) => m[0].toLowerCase().includes(n)), m[0]).toBe(true);
        }
      }
      expect(matches).toBeGreaterThan(0);
    });
  }
});
