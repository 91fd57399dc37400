import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { ITEM_IDS, scoreDraft } from "@/lib/rubric";
import { answerWords, loadAnswerRows, type LoadedAnswerRows } from "@/lib/rubric/answer-rows";
import { ANSWER_ROWS } from "@/lib/rubric/answer-rows-model";
import { evaluateCorpus } from "@/lib/rubric/evaluate";
import { parseCorpusAnswer, type CorpusAnswer } from "@/lib/rubric/input";

import { OFF_QUESTION_STORY } from "../../fixtures/rubric/off-question-story";
import type { ItemId, Sections } from "@/lib/rubric/types";

// The answer rows (session 30, docs/decisions/004): per item, whether a whole answer holds it, from the
// words it uses; they raise an item the rules and the layer did not meet, with exact evidence.

/** A row written here: it reads every answer as holding `id` (the bias alone passes), and its words are `words`. */
function rowsFor(id: ItemId, words: Record<string, number>, bias = 5): LoadedAnswerRows {
  const vocabulary = new Map(Object.keys(words).map((w, i) => [w, i] as [string, number]));
  return { vocabulary, rows: [{ id, bias, partial: 0, length: 0, threshold: 0, scores: Float32Array.from(Object.values(words)) }] };
}

// About 130 words of a story that names no cause of anything.
const story: Partial<Sections> = {
  situation:
    "I ran the search indexing pipeline at a travel company, a set of Kafka consumers that fed Elasticsearch for the booking pages. It handled around 3,000 updates a second at peak and the product team watched its freshness closely.",
  task: "One Monday the hotel prices on the site were stale by more than two hours, and I was asked to bring them back to normal before the weekend campaign started.",
  actions:
    "I looked at the consumer lag dashboards first and saw one partition far behind the others. I restarted the consumer group and watched the lag for an hour while I talked to the team that publishes the price events. We added an alert on the lag of every partition.",
  results: "Prices were fresh again by the afternoon and nobody complained after that.",
};
const withSentence = (sentence: string): Partial<Sections> => ({ ...story, results: `${story.results} ${sentence}` });
const words = (s: Partial<Sections>) => answerWords(Object.values(s).filter((t): t is string => typeof t === "string")).length;

describe("the answer rows in the engine", () => {
  it("read words as the learned layer does: lower case, letters and digits, apostrophes straightened", () => {
    expect(answerWords(["I’d page SRE at 02:40, ext4 roll-back"])).toEqual(["i'd", "page", "sre", "at", "02", "40", "ext4", "roll", "back"]);
  });

  // Collaboration: the layer has no row for it, so the evidence shown is the run the row found.
  it("raise an item with the words of a specific sentence, exactly where they are", () => {
    expect(words(story)).toBeGreaterThanOrEqual(120);
    const draft = withSentence("The storage offsets page from Priya listed every partition at 09:40.");
    const rows = rowsFor("collaboration", { priya: 1, storage: 1, offsets: 1 });
    expect(scoreDraft(draft, { answerRows: false }).items.collaboration.status).not.toBe("met");
    const raised = scoreDraft(draft, { answerRows: rows }).items.collaboration;
    expect(raised.status).toBe("met");
    const [e] = raised.evidence;
    expect(e!.section).toBe("results");
    expect(draft.results!.slice(e!.start, e!.end)).toBe(e!.text);
    expect(e!.text).toBe("storage offsets page from Priya");
  });

  it("do not take their evidence from a negated sentence, nor meet the item without one", () => {
    const draft = withSentence("We never asked the storage team about the offsets at 09:40.");
    const rows = rowsFor("collaboration", { storage: 1, offsets: 1 });
    const before = scoreDraft(draft, { answerRows: false }).items.collaboration;
    expect(before.status).not.toBe("met");
    expect(scoreDraft(draft, { answerRows: rows }).items.collaboration).toEqual(before);
  });

  // Session 33 (step N): "we never asked Priya" is no sign of Priya's help, to the rows as to the rules.
  it("do not read negated words: a word that carries the row counts only where it is not negated", () => {
    const rows = rowsFor("collaboration", { priya: 10, storage: 1, offsets: 1 }, -5);
    const sentence = "The storage offsets listed every partition at 09:40.";
    const negated = withSentence(`We never asked Priya. ${sentence}`);
    const told = withSentence(`We asked Priya. ${sentence}`);
    const before = scoreDraft(negated, { answerRows: false }).items.collaboration;
    expect(before.status).not.toBe("met");
    expect(scoreDraft(negated, { answerRows: rows }).items.collaboration).toEqual(before);
    expect(scoreDraft(told, { answerRows: rows }).items.collaboration.status).toBe("met");
  });

  it("keep a vague mention vague: no specific sentence carries the row, so nothing is raised", () => {
    const draft = withSentence("We all worked on it together.");
    const rows = rowsFor("collaboration", { together: 1, worked: 1 });
    const before = scoreDraft(draft, { answerRows: false }).items.collaboration;
    expect(before.status).not.toBe("met");
    expect(scoreDraft(draft, { answerRows: rows }).items.collaboration).toEqual(before);
  });

  it("leave a short draft to the rules and the layer", () => {
    const short = { actions: "The cause was a stale offset file left by the deploy at 09:40, so I removed it and restarted the consumers." };
    expect(words(short)).toBeLessThan(120);
    const rows = rowsFor("root_cause", { cause: 1, stale: 1, offset: 1 });
    expect(scoreDraft(short, { answerRows: rows })).toEqual(scoreDraft(short, { answerRows: false }));
  });

  it("never take an item away: a row that reads nothing leaves every status as it was", () => {
    const draft = withSentence("The cause was a stale offset file left by the deploy at 09:40.");
    const none: LoadedAnswerRows = { vocabulary: new Map(), rows: ITEM_IDS.map((id) => ({ id, bias: -100, partial: 0, length: 0, threshold: 0, scores: new Float32Array(0) })) };
    expect(scoreDraft(draft, { answerRows: none })).toEqual(scoreDraft(draft, { answerRows: false }));
  });
});

// The off-question row (session 32): how much a whole answer reads as a story about something other than
// an infrastructure component the teller owned; above a floor, its probability takes part of the total.
describe("the off-question row in the engine", () => {
  /** The rows of `rowsFor` with no item row, and an off-question row whose words are `words`. */
  const topicRows = (words: Record<string, number>, bias: number): LoadedAnswerRows => {
    const vocabulary = new Map(Object.keys(words).map((w, i) => [w, i] as [string, number]));
    return { vocabulary, rows: [], topic: { bias, length: 0, scores: Float32Array.from(Object.values(words)) } };
  };
  const bare = scoreDraft(story, { answerRows: false });

  it("leaves the total alone when the answer reads as on the question", () => {
    const s = scoreDraft(story, { answerRows: topicRows({ kafka: 1, guild: 3 }, -8) });
    expect(s.focus.offQuestion).toBeLessThan(0.01);
    expect(s.focus.factor).toBe(1);
    expect(s.focus.message).toBeUndefined();
    expect(s.total).toBe(bare.total);
    expect(s.items).toEqual(bare.items);
  });

  it("takes part of the total from an answer that reads as off the question, and says how much", () => {
    const s = scoreDraft(story, { answerRows: topicRows({ hotel: 2, campaign: 1.5, booking: 1, kafka: -1, guild: 3 }, 3) });
    expect(s.focus.offQuestion).toBeGreaterThan(0.95);
    expect(s.focus.factor).toBeLessThan(0.5);
    expect(s.focus.factor).toBeGreaterThanOrEqual(0.4);
    expect(s.total).toBe(Math.round(bare.total * s.focus.factor));
    // the items are the checklist as told: the discount is on the total only
    expect(s.items).toEqual(bare.items);
    expect(s.focus.message).toMatch(new RegExp(`counts ${Math.round(s.focus.factor * 100)} %`));
  });

  it("leaves a draft under 120 words alone", () => {
    const rows = topicRows({ stale: 3, offset: 3 }, 3);
    const short = { actions: "The cause was a stale offset file left by the deploy at 09:40, so I removed it and restarted the consumers." };
    expect(scoreDraft(short, { answerRows: rows }).focus).toEqual({ offQuestion: null, factor: 1 });
    expect(scoreDraft(short, { answerRows: rows }).total).toBe(scoreDraft(short, { answerRows: false }).total);
  });
});

const fixtures = join(__dirname, "../../fixtures/rubric");
function readSet(folder: string): CorpusAnswer[] {
  const dir = join(fixtures, folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => {
      const parsed = parseCorpusAnswer(JSON.parse(readFileSync(join(dir, n), "utf8")));
      if (!parsed.ok) throw new Error(`${folder}/${n}: ${parsed.error}`);
      return parsed.answer;
    });
}

describe("the shipped answer rows", () => {
  const rows = loadAnswerRows(ANSWER_ROWS);

  it("read a story on an infrastructure team about a price banner as partly off the question, and an incident on a store it owned as on it", () => {
    const off = scoreDraft(OFF_QUESTION_STORY);
    expect(off.gate.kind).toBe("ok");
    expect(off.focus.factor).toBeLessThan(0.9);
    expect(off.focus.message).toBeDefined();
    expect(off.total).toBeLessThan(scoreDraft(OFF_QUESTION_STORY, { answerRows: { ...rows, topic: null } }).total);
    const on = scoreDraft({
      ...story,
      results: `${story.results} The lag alert has fired twice since, both times before any price went stale, and I now own the consumer runbook.`,
    });
    expect(on.focus.offQuestion).not.toBeNull();
    expect(on.focus.offQuestion!).toBeLessThan(0.2);
    // Session 33's relearned row reads it at about 0.15 (it kept 0.99 or more under step T's row).
    expect(on.focus.factor).toBeGreaterThan(0.95);
    expect(on.focus.message).toBeUndefined();
  });

  it("hold a row per item they raise, one score per word", () => {
    expect(rows.vocabulary.size).toBeGreaterThan(1000);
    for (const row of rows.rows) {
      expect(ITEM_IDS).toContain(row.id);
      expect(row.scores).toHaveLength(rows.vocabulary.size);
    }
  });

  // Fresh 4: 40 whole answers by four writers that the rows never learned from (0.910 without them).
  const fresh4 = readSet("fresh-answers-4/measure");
  const scored = fresh4.map((answer) => ({ answer, bare: scoreDraft(answer.sections, { answerRows: false }), score: scoreDraft(answer.sections) }));

  it("raise fresh 4's macro-F1 to 0.94 or more", () => {
    const before = evaluateCorpus(scored.map((s) => ({ answer: s.answer, score: s.bare })));
    const after = evaluateCorpus(scored.map((s) => ({ answer: s.answer, score: s.score })));
    expect(before.macroF1).toBeLessThan(0.92);
    expect(after.macroF1).toBeGreaterThanOrEqual(0.94);
    expect(after.spearman!).toBeGreaterThanOrEqual(before.spearman! - 0.01);
  });

  it("only raise, and show exact words for what they raise", () => {
    let raised = 0;
    for (const { answer, bare, score } of scored) {
      for (const id of ITEM_IDS) {
        if (bare.items[id].status === "met") expect(score.items[id]).toEqual(bare.items[id]);
        if (score.items[id].status !== "met" || bare.items[id].status === "met") continue;
        raised++;
        for (const e of score.items[id].evidence) expect(answer.sections[e.section as keyof Sections]!.slice(e.start, e.end)).toBe(e.text);
        expect(score.items[id].evidence.length).toBeGreaterThan(0);
      }
    }
    expect(raised).toBeGreaterThan(10);
  });
});
