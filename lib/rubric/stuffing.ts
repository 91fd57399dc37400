// The gate's stuffing row (docs/decisions/004, session 29): whether a whole answer reads like the
// checklist named without one incident told, from the words it is made of. A logistic regression on
// each word's share of the answer, learned by scripts/train-stuffing-row.ts from the written gate
// rounds (stuffed against the answers on the question), the authored tuning answers and real
// postmortems and blog posts (as stories); shipped as one score per word of its vocabulary, a byte
// each, so the logit is the bias plus the sum of each known word's share times its score.
//
// Phrase cues for habits (steps H to H6) reach only the phrasings they were read off; the words of a
// whole answer ("usually", "incidents", "or", "you", against "was", "showed", "back") carried from
// one writer's round to the next.

import { vocabularyOf, type Token } from "./learned";
import { STUFFING_ROW } from "./stuffing-row";

export type StuffingRow = { bias: number; threshold: number; vocabulary: Map<string, number>; scores: Float32Array };

const A = 97;
const Z = 122;
const APOSTROPHE = 39;
const isLetter = (c: number) => c >= A && c <= Z;

/**
 * Calls `each` with every word of a text as the row reads it: lower case, runs of the letters a-z
 * joined by apostrophes ("we'd"; curly ones count), nothing else. One pass over the characters:
 * the engine reads a whole draft this way on every keystroke.
 */
function eachWord(text: string, each: (word: string) => void): void {
  const s = text.toLowerCase();
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let straight = true;
    i++;
    for (;;) {
      while (i < n && isLetter(s.charCodeAt(i))) i++;
      const c = i < n ? s.charCodeAt(i) : 0;
      if ((c === APOSTROPHE || c === 0x2019 || c === 0x2018) && i + 1 < n && isLetter(s.charCodeAt(i + 1))) {
        if (c !== APOSTROPHE) straight = false;
        i += 2;
        continue;
      }
      break;
    }
    const word = s.slice(start, i);
    each(straight ? word : word.replace(/[\u2018\u2019]/g, "'"));
  }
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isApostrophe = (c: number) => c === APOSTROPHE || c === 0x2019 || c === 0x2018;

/**
 * Whether eachWord's words of `text` can be read off `tokens`, its words as the learned layer
 * reads them (learned.ts tokensOf over the whole text; see eachTokenWord). Both read ASCII letters
 * only and join two runs over one apostrophe, so they differ only where eachWord joins what tokensOf
 * does not: a word followed by an apostrophe and a letter (a second apostrophe, "rock'n'roll", or a
 * ‘, which tokensOf does not read as one); and where lower-casing the text makes an ASCII letter of
 * another character (İ → "i̇", the Kelvin sign → "k": the only two).
 */
function wordsMatchTokens(text: string, tokens: readonly Token[]): boolean {
  if (text.includes("\u0130") || text.includes("\u212a")) return false;
  for (let k = 0; k < tokens.length; k++) {
    const e = tokens[k]!.end;
    if (e + 1 < text.length && isApostrophe(text.charCodeAt(e)) && isAsciiLetter(text.charCodeAt(e + 1))) return false;
  }
  return true;
}

/**
 * eachWord, read off the text's tokens (when wordsMatchTokens): a run of digits is no word of the
 * row's; a word of letters is its own word, already in lower case with its apostrophe straight,
 * given with its id in the row's vocabulary (`ids`, -1: not in it); a word with digits in it ("p99",
 * "ext4") is read as eachWord reads its characters (and looked up: id undefined).
 */
function eachTokenWord(text: string, tokens: readonly Token[], ids: Int32Array, each: (word: string, id?: number) => void): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isDigitCode(text.charCodeAt(t.start))) continue;
    let digits = false;
    for (let i = t.start + 1; i < t.end && !digits; i++) digits = isDigitCode(text.charCodeAt(i));
    if (digits) eachWord(text.slice(t.start, t.end), each);
    else each(t.word, ids[k]!);
  }
}

/** An answer's words as the row reads them (eachWord). */
export function stuffingWords(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

let loaded: StuffingRow | undefined;

/** The shipped row, decoded once. */
export function stuffingRow(): StuffingRow {
  if (loaded) return loaded;
  const words = STUFFING_ROW.words.split(" ");
  const vocabulary = vocabularyOf(words);
  const scores = unpackStuffingScores(STUFFING_ROW.scores, STUFFING_ROW.scale, words.length);
  loaded = { bias: STUFFING_ROW.bias, threshold: STUFFING_ROW.threshold, vocabulary, scores };
  return loaded;
}

/** Scores as the row stores them: a signed byte each (−127…127 times `scale`), in base64. */
export function packStuffingScores(values: ArrayLike<number>): { packed: string; scale: number } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
  const scale = max > 0 ? max / 127 : 1;
  let bin = "";
  for (let i = 0; i < values.length; i++) bin += String.fromCharCode(Math.round(values[i]! / scale) + 128);
  return { packed: btoa(bin), scale };
}

export function unpackStuffingScores(packed: string, scale: number, n: number): Float32Array {
  const bin = atob(packed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (bin.charCodeAt(i) - 128) * scale;
  return out;
}

/**
 * The row's logit for an answer given as its texts (its sections): the bias plus each known word's
 * share of all its words times its score. Read text by text, as if joined by line breaks. `read`:
 * each text's words as the learned layer reads them (tokensOf over the whole text) with their ids in
 * the row's vocabulary, when the caller has them; the words are read off them where that gives
 * eachWord's words (wordsMatchTokens).
 */
export function stuffingLogit(row: StuffingRow, texts: readonly string[], read?: ReadonlyArray<{ tokens: readonly Token[]; ids: Int32Array } | undefined>): number {
  let sum = 0;
  let n = 0;
  const add = (w: string, known?: number) => {
    n++;
    const id = known ?? row.vocabulary.get(w) ?? -1;
    if (id >= 0) sum += row.scores[id]!;
  };
  for (let ti = 0; ti < texts.length; ti++) {
    const text = texts[ti]!;
    const words = read?.[ti];
    if (words !== undefined && wordsMatchTokens(text, words.tokens)) eachTokenWord(text, words.tokens, words.ids, add);
    else eachWord(text, add);
  }
  return n === 0 ? row.bias : row.bias + sum / n;
}
