import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { emptyTallies, readSnippets, snippetMacroF1, snippetSections, snippetTruth, tallySnippet } from "@/scripts/lib/snippets";

// Sentence-bank rounds the shipped layer's weights never learned from (the trainer's --hold-out,
// docs/decisions/004, sessions 13-14): six rounds by 24 writers, each written after the rules and
// the model it was first read against. On them the engine must read ordinary writing as well as it
// did when they were written, and the layer must add to the rules, not just sit on top of them.
const ROUNDS = Array.from({ length: 24 }, (_, i) => `b${43 + i}`);

describe("the engine on sentence-bank rounds its weights never learned from", () => {
  it("reads them at least as well as at the end of session 14, the layer clearly above the rules", () => {
    const dir = join(__dirname, "../../fixtures/rubric/sentence-bank");
    const snippets = readSnippets(ROUNDS.map((r) => join(dir, `${r}.jsonl`)));
    expect(snippets.length).toBeGreaterThan(2400);
    const layer = emptyTallies();
    const rules = emptyTallies();
    for (const s of snippets) {
      tallySnippet(layer, snippetTruth(s), scoreDraft(snippetSections(s)));
      tallySnippet(rules, snippetTruth(s), scoreDraft(snippetSections(s), { learned: false }));
    }
    const withLayer = snippetMacroF1(layer).macro;
    const alone = snippetMacroF1(rules).macro;
    // session 14's end: 0.648 with the layer, 0.622 alone (its start: 0.636 and 0.613)
    expect(withLayer).toBeGreaterThanOrEqual(0.645);
    expect(withLayer - alone).toBeGreaterThanOrEqual(0.02);
  });
});
