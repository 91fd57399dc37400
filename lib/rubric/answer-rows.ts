// The answer rows (docs/decisions/004, session 30): per checklist item, whether a whole answer holds
// it, read from which words the answer uses at all. The rules and the sentence layer judge sentence
// by sentence and stay precise, but they miss most of what readers find in real writing: readers
// mark the incident, the fix, ownership or the hypotheses met from the whole story, worded in ways
// no rule names. A logistic regression per item over the presence of each word of a vocabulary,
// whether the rules and the layer found the item partial, and the answer's length, learned by
// scripts/train-answer-rows.ts from real postmortems and blog posts and the authored tuning answers,
// raises an item the engine did not meet to met when the answer reads like one that holds it.
//
// A row only raises; it never takes an item away, and it raises only when one specific, unnegated
// sentence shows the item (engine.ts, applyAnswerRows). The evidence stays exact: the words of that
// sentence that carry the row most, or the learned layer's best words for the item where it has a row.
//
// Pure TypeScript with no imports outside lib/rubric: it runs in the browser like the rest.

import { tokensOf, vocabularyOf, type Token } from "./learned";
import { unpackStuffingScores } from "./stuffing";
import type { ItemId } from "./types";

/** The rows as shipped (answer-rows-model.ts, written by scripts/train-answer-rows.ts). */
export type AnswerRowsModel = {
  /** The vocabulary, space-separated; a word's index is its position. */
  words: string;
  rows: Array<{
    id: ItemId;
    bias: number;
    /** Weight of "the engine found the item partial". */
    partial: number;
    /** Weight of log(words + 1) / 8. */
    length: number;
    /** Logit at or above which the item is raised to met. */
    threshold: number;
    /** One score per vocabulary word, a signed byte each, as the stuffing row packs them (stuffing.ts). */
    scores: string;
    scale: number;
  }>;
  /**
   * The off-question row (session 32): how likely the whole answer is a story about something other than
   * an infrastructure component the teller owned, read from the same words and the length. Its
   * probability discounts the total (engine.ts, questionFocus).
   */
  topic?: { bias: number; length: number; scores: string; scale: number };
};

export type AnswerRow = { id: ItemId; bias: number; partial: number; length: number; threshold: number; scores: Float32Array };
export type TopicRow = { bias: number; length: number; scores: Float32Array };
export type LoadedAnswerRows = { vocabulary: Map<string, number>; rows: AnswerRow[]; topic?: TopicRow | null };

/** Whether the word starting at `pos` of text `text` stands under a negation cue ("no runbook", "never found"). */
export type Negated = (text: number, pos: number) => boolean;
const nothingNegated: Negated = () => false;

/** Every word of an answer's texts as the rows read them (the learned layer's tokens, tokensOf), in order, less the negated ones. */
export function answerWords(texts: readonly string[], negated: Negated = nothingNegated): string[] {
  const out: string[] = [];
  for (let ti = 0; ti < texts.length; ti++) {
    const t = texts[ti]!;
    for (const tok of tokensOf(t, 0, t.length)) if (!negated(ti, tok.start)) out.push(tok.word);
  }
  return out;
}

/**
 * The vocabulary ids an answer's texts use (each once, in the order first met; negated words left out),
 * and how many words they hold in all (negated ones included: the length is the answer's).
 */
export function answerWordIds(
  vocabulary: ReadonlyMap<string, number>,
  texts: readonly string[],
  negated: Negated = nothingNegated,
  /**
   * Each text's words, tokensOf(text, 0, text.length), when the caller has read them already, with
   * each one's id in `vocabulary` (-1: not in it).
   */
  read?: ReadonlyArray<{ tokens: readonly Token[]; ids: Int32Array } | undefined>,
): { ids: Int32Array; words: number } {
  const seen = new Uint8Array(vocabulary.size);
  const ids: number[] = [];
  let words = 0;
  for (let ti = 0; ti < texts.length; ti++) {
    const t = texts[ti]!;
    const known = read?.[ti];
    const tokens = known?.tokens ?? tokensOf(t, 0, t.length);
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      words++;
      const id = known !== undefined ? known.ids[k]! : (vocabulary.get(tok.word) ?? -1);
      if (id >= 0 && seen[id] === 0 && !negated(ti, tok.start)) {
        seen[id] = 1;
        ids.push(id);
      }
    }
  }
  return { ids: Int32Array.from(ids), words };
}

/** The length feature: log(words + 1) / 8. */
export const lengthFeature = (words: number) => Math.log(words + 1) / 8;

/** A row's logit for an answer (its word ids from answerWordIds) whose item the engine found partial or not. */
export function answerRowLogit(row: AnswerRow, ids: Int32Array, words: number, partial: boolean): number {
  let z = row.bias + (partial ? row.partial : 0) + row.length * lengthFeature(words);
  for (let i = 0; i < ids.length; i++) z += row.scores[ids[i]!]!;
  return z;
}

/** The off-question row's logit for an answer (its word ids from answerWordIds). */
export function topicRowLogit(row: TopicRow, ids: Int32Array, words: number): number {
  let z = row.bias + row.length * lengthFeature(words);
  for (let i = 0; i < ids.length; i++) z += row.scores[ids[i]!]!;
  return z;
}

/** Most words a row's evidence span holds (as the learned layer's). */
const EVIDENCE_WORDS = 5;

/**
 * The words of one sentence that carry a row: the run of at most EVIDENCE_WORDS words whose scores add
 * up highest, with that sum; null when no run adds up above 0. `ids` holds each token's index in the
 * rows' vocabulary (−1: not in it).
 */
export function carryingRun(row: AnswerRow, tokens: readonly Token[], ids: Int32Array): { start: number; end: number; sum: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let sum = 0;
    for (let j = i; j < tokens.length && j < i + EVIDENCE_WORDS; j++) {
      const id = ids[j]!;
      if (id < 0) continue;
      sum += row.scores[id]!;
      if (sum > 0 && (best === null || sum > best.sum)) best = { start: tokens[i]!.start, end: tokens[j]!.end, sum };
    }
  }
  return best;
}

/** Decodes shipped rows. */
export function loadAnswerRows(model: AnswerRowsModel): LoadedAnswerRows {
  const words = model.words.split(" ");
  const vocabulary = vocabularyOf(words);
  return {
    vocabulary,
    rows: model.rows.map((r) => ({ id: r.id, bias: r.bias, partial: r.partial, length: r.length, threshold: r.threshold, scores: unpackStuffingScores(r.scores, r.scale, words.length) })),
    topic: model.topic ? { bias: model.topic.bias, length: model.topic.length, scores: unpackStuffingScores(model.topic.scores, model.topic.scale, words.length) } : null,
  };
}
