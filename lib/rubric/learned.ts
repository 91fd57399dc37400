// The learned sentence layer of the rubric engine (docs/decisions/004, session 7).
//
// The rules of rules.ts are precise, but each real answer phrases an item its own way, and rules
// written from one batch of real texts barely reach the next. This layer reads every sentence
// as the words it holds and scores it per checklist item. Each word carries, per item, a score
// learned from sentences that readers marked sentence by sentence (scripts/train-rubric-layer.ts);
// the scores come from public word vectors (GloVe), so a word no training sentence used still
// scores like the words it is close to ("reverted" like "rolled back"). A sentence's logit is
// the item's bias, the mean score of its words and a few shape flags (a number, a
// percentage, "I", a heading line, …). The contexts of a sentence (the heading it sits under,
// the sentence before) were measured as features and added nothing (docs/decisions/004).
// An item the rules do not meet is met when one sentence passes the item's threshold; the
// evidence is the few words of that sentence that carried it, exact offsets as everywhere. An
// item the rules do meet is turned to partial when the sentences the rule found its words in
// score under the item's veto (session 8): an observed latency is not an SLO.
//
// Pure TypeScript with no imports outside lib/rubric: it runs in the browser like the rest.

import { blockedAt, sentenceAt, type Analysed } from "./text";
import type { ItemId, SectionKey } from "./types";

/** The model as shipped (learned-model.ts, written by scripts/train-rubric-layer.ts). */
export type LearnedModel = {
  version: 2;
  /** The vocabulary, space-separated, most frequent first; a word's index is its position. */
  words: string;
  items: Array<{
    id: ItemId;
    /**
     * Sentence logit at or above which the layer meets the item the rules missed; null when it
     * never does (the item is in the model only for its veto).
     */
    threshold: number | null;
    /**
     * When the rules meet the item but none of the sentences holding the rule's evidence reaches
     * this logit, the item is partial: the rule's words are there, but the sentence does not read
     * like the item (evidenceLogit; docs/decisions/004, session 8). Absent: the layer never
     * overrules the rules.
     */
    veto?: number;
    bias: number;
    /** One weight per FLAG_NAMES entry. */
    flags: number[];
    /**
     * The word's score for this item, per vocabulary word: four bits each (−7…7 stored as 1…15),
     * two words a byte (the even word in the low bits), base64.
     */
    scores: string;
    /** What one step of a stored score is worth. */
    scale: number;
  }>;
  /**
   * Whether a whole answer is about the question at all (session 10): the answer's logit is
   * `bias` plus the mean score of all its known words, stored as the items' are. Under `threshold`
   * the story is about something else, whatever infrastructure it names in passing.
   */
  topic?: {
    bias: number;
    threshold: number;
    /** At or above this logit the answer reads as on the question: the rules' infra counts do not call it off-topic. */
    rescue?: number;
    scores: string;
    scale: number;
  };
};

/** Small words that carry no item on their own; they are skipped, not scored. */
export const STOP_WORDS = new Set(
  (
    "a an the of to and or in on at for with by from as is was were be been being are am it its this that these those there here " +
    "then than so such i we my our me us you your he she they them their his her him which who whom what when where while also " +
    "just very really about into over under after before during up down out off again further once all any both each few more " +
    "most other some own same only too can will would could should may might must do does did doing have has had having if " +
    "because until against between through"
  ).split(" "),
);

export const FLAG_NAMES = [
  "number",
  "percent",
  "duration",
  "first person",
  "team voice",
  "negation",
  "modal",
  "past -ed",
  "in situation",
  "in task",
  "in actions",
  "in results",
  "heading",
  "length",
  "rarest word",
  "unknown word",
  "technical token",
] as const;

export type Token = { word: string; start: number; end: number };

/**
 * The words of text[start, end), lower case, with their exact offsets. A word is an ASCII letter,
 * then letters and digits, then possibly an apostrophe (' or ’) and more letters ("don't", read
 * with '); or a run of digits: what /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?|\d+/g finds, read by
 * hand because a regex run per word cost more than the reading (46 → 33 µs per 4,000 characters).
 */
export function tokensOf(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isLetter(c)) {
      let upper = isUpper(c);
      for (let d = text.charCodeAt(j); j < n && (isLetter(d) || isDigit(d)); d = text.charCodeAt(++j)) if (isUpper(d)) upper = true;
      const q = j < n ? text.charCodeAt(j) : -1;
      const curly = q === 0x2019;
      const apostrophe = (q === 39 || curly) && j + 1 < n && isLetter(text.charCodeAt(j + 1));
      if (apostrophe) {
        j++;
        for (let d = text.charCodeAt(j); j < n && isLetter(d); d = text.charCodeAt(++j)) if (isUpper(d)) upper = true;
      }
      if (j > end) break;
      let word = text.slice(i, j);
      if (upper) word = word.toLowerCase();
      if (apostrophe && curly) word = word.replace("’", "'");
      out.push({ word, start: i, end: j });
    } else if (isDigit(c)) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j > end) break;
      out.push({ word: text.slice(i, j), start: i, end: j });
    }
    i = j;
  }
  return out;
}

/** A heading or a label line, text[start, end): no closing punctuation and at most six words. */
export function isHeadingLine(text: string, start = 0, end = text.length): boolean {
  let last = end - 1;
  while (last >= start && text.charCodeAt(last) <= 32) last--;
  const c = text.charCodeAt(last);
  if (c === 46 || c === 33 || c === 63) return false;
  let words = 1;
  for (let i = start; i < last; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32) words++;
  return words <= 6;
}

const SECTION_FLAG: Record<SectionKey | "answer", number> = { situation: 8, task: 9, actions: 10, results: 11, answer: 10 };
const FIRST_PERSON = new Set(["i", "my", "me", "i'm", "i've", "i'd"]);
const TEAM_VOICE = new Set(["we", "our", "us"]);
const NEGATION_WORDS = new Set(["no", "not", "never", "without"]);
const MODALS = new Set(["would", "could", "should", "might", "will"]);
const DURATION_UNITS = new Set(["ms", "s", "sec", "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks"]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isLower(c) || isUpper(c);

/**
 * The flags of one sentence, in FLAG_NAMES order, from its words in one pass. The last three say
 * how specific it is: how rare its rarest known word is (the vocabulary is in order of
 * frequency), whether it has a word the vocabulary does not know (a name, an identifier), and
 * whether it has a technical token. "We found a bug in the code and fixed it" has none of them;
 * that is how a vague sentence stays partial.
 */
export function sentenceFlags(text: string, start: number, end: number, section: SectionKey | "answer", tokens: readonly Token[], ids: Int32Array, size: number): number[] {
  const f = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let rarest = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.word;
    const c0 = w.charCodeAt(0);
    if (isDigit(c0)) {
      f[0] = 1;
      let j = t.end;
      if (text.charCodeAt(j) === 32) j++;
      if (text.charCodeAt(j) === 37) f[1] = 1;
      const next = tokens[i + 1];
      if (next && next.start - t.end <= 1 && DURATION_UNITS.has(next.word)) f[2] = 1;
    } else {
      // the word lists hold short words only: a long word is none of them
      if (w.length <= 7) {
        if (FIRST_PERSON.has(w)) f[3] = 1;
        else if (TEAM_VOICE.has(w)) f[4] = 1;
        else if (NEGATION_WORDS.has(w) || w.endsWith("n't")) f[5] = 1;
        else if (MODALS.has(w)) f[6] = 1;
        else if (w.length >= 4 && w.endsWith("ed") && isLowerWord(w)) f[7] = 1;
      } else if (w.endsWith("n't")) f[5] = 1;
      else if (w.endsWith("ed") && isLowerWord(w)) f[7] = 1;
    }
    const id = ids[i]!;
    if (id >= 0) {
      if (id > rarest) rarest = id;
    } else if (w.length >= 3 && !isDigit(c0) && !STOP_WORDS.has(w)) f[15] = 1;
    if (f[16] === 0 || f[0] === 0) {
      const shape = tokenShape(text, t.start, t.end);
      if (shape & TECHNICAL) f[16] = 1;
      if (shape & HAS_DIGIT) f[0] = 1;
    }
  }
  if (rarest >= 0) f[14] = Math.log(1 + rarest) / Math.log(1 + size);
  f[SECTION_FLAG[section]] = 1;
  f[12] = isHeadingLine(text, start, end) ? 1 : 0;
  f[13] = Math.log(1 + tokens.length) / 4;
  return f;
}

const isLowerWord = (w: string) => {
  for (let i = 0; i < w.length; i++) if (!isLower(w.charCodeAt(i))) return false;
  return true;
};

const TECHNICAL = 1;
const HAS_DIGIT = 2;

/**
 * One pass over a token's characters: TECHNICAL for camelCase, snake_case, a letter next to a digit
 * ("p99", "m5") or an acronym ("WAL", "SSDs"); HAS_DIGIT when it holds a digit.
 */
function tokenShape(text: string, start: number, end: number): number {
  let out = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) out |= HAS_DIGIT;
    if (c === 95) out |= TECHNICAL;
    if (i > start) {
      const p = text.charCodeAt(i - 1);
      if (isLower(p) && isUpper(c)) out |= TECHNICAL;
      if (isDigit(p) !== isDigit(c)) out |= TECHNICAL;
    }
    if (isUpper(c)) upper++;
  }
  const length = end - start;
  if (upper >= 2 && (upper === length || (upper === length - 1 && text.charCodeAt(end - 1) === 115))) out |= TECHNICAL;
  return out;
}

/** One sentence as the layer reads it: its words and their vocabulary indexes. */
export type SentenceView = {
  doc: number;
  section: SectionKey | "answer";
  start: number;
  end: number;
  tokens: Token[];
  /** Vocabulary index per token (-1: a stop word or unknown). */
  ids: Int32Array;
  /**
   * Per vocabulary of the doc's `also` (ReadableDoc: the answer rows', the stuffing row's), per token,
   * its index there (-1 when not in it), when the sentence's words were cut from the doc's
   * (docWords); null otherwise.
   */
  also: Int32Array[] | null;
  flags: number[];
  /** Whether the layer may meet an item with this sentence (see isSpecific). */
  specific: boolean;
};

/**
 * A word's index in the vocabulary, or that of its stem when only the stem is there: the
 * vocabulary keeps the most frequent words, so "backfilled" may be missing where "backfill" is
 * not. -1 when neither is known.
 */
export function lookUp(vocabulary: ReadonlyMap<string, number>, word: string): number {
  const exact = vocabulary.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 5) return -1;
  for (const [suffix, replacement] of STEMS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const found = vocabulary.get(word.slice(0, word.length - suffix.length) + replacement);
    if (found !== undefined) return found;
  }
  return -1;
}

/**
 * Per vocabulary, the ids of words already looked up (-1 for a stop word or an unknown one): a
 * draft is scored again on every pause in typing, with mostly the same words, and lookUp tries
 * up to ten stems for each unknown one. Emptied when it grows past WORD_IDS_MAX words.
 */
const WORD_IDS = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();
const WORD_IDS_MAX = 20_000;

function wordIds(vocabulary: ReadonlyMap<string, number>): Map<string, number> {
  let known = WORD_IDS.get(vocabulary);
  if (!known) WORD_IDS.set(vocabulary, (known = new Map()));
  return known;
}

/**
 * Per vocabulary, the words already looked up by docWords, with their ids there and in the other
 * vocabularies a doc named (`also`): as WORD_IDS, for several at once. An entry looked up for other
 * vocabularies than the doc's is looked up again (a caller with rows of its own).
 */
type WordEntry = { id: number; also: ReadonlyArray<ReadonlyMap<string, number>>; ids: number[] };
const WORD_ENTRIES = new WeakMap<ReadonlyMap<string, number>, Map<string, WordEntry>>();

function wordEntries(vocabulary: ReadonlyMap<string, number>): Map<string, WordEntry> {
  let known = WORD_ENTRIES.get(vocabulary);
  if (!known) WORD_ENTRIES.set(vocabulary, (known = new Map()));
  return known;
}

/** Whether an entry was looked up in these vocabularies. */
function sameVocabularies(a: ReadonlyArray<ReadonlyMap<string, number>>, b: ReadonlyArray<ReadonlyMap<string, number>>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function wordId(known: Map<string, number>, vocabulary: ReadonlyMap<string, number>, word: string): number {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const id = STOP_WORDS.has(word) ? -1 : lookUp(vocabulary, word);
  if (known.size >= WORD_IDS_MAX) known.clear();
  known.set(word, id);
  return id;
}

/** Endings tried, in order, with what replaces them: "retried" → "retry", "throttling" → "throttle". */
const STEMS: ReadonlyArray<readonly [string, string]> = [
  ["ied", "y"], ["ies", "y"], ["ed", ""], ["ed", "e"], ["ing", ""], ["ing", "e"], ["es", ""], ["s", ""], ["ly", ""], ["d", ""],
];

/** Every sentence of the docs, in order. */
export function sentenceViews(docs: readonly ReadableDoc[], vocabulary: ReadonlyMap<string, number>): SentenceView[] {
  const out: SentenceView[] = [];
  docs.forEach((d, di) => {
    for (let si = 0; si < d.a.sentences.length; si++) out.push(sentenceView(d, di, si, vocabulary));
  });
  return out;
}

/**
 * A doc as the layer reads it. `words`, when present, keeps each sentence's tokens and vocabulary
 * ids once read (one model per scoring: the topic row reads them before the gate, the items after).
 * `read`, when present (null until read), keeps the words of the whole text and their ids
 * (docWords), which every sentence's words are cut from, and which the answer rows and the stuffing
 * row read too, with their ids in the vocabularies the doc names in `also`.
 */
export type ReadableDoc = {
  section: SectionKey | "answer";
  a: Analysed;
  words?: Array<SentenceWords | undefined>;
  read?: DocWords | null;
  also?: ReadonlyArray<ReadonlyMap<string, number>> | null;
};
type SentenceWords = { tokens: Token[]; ids: Int32Array; also: Int32Array[] | null };

/**
 * The words of a doc's whole text (tokensOf(text, 0, text.length)), each word's id in `vocabulary`
 * as the layer reads it (wordId: -1 for a stop word or an unknown one) and, per vocabulary the doc
 * names in `also`, its id there (`also`: Map.get, -1 for a word not in it).
 */
export type DocWords = { vocabulary: ReadonlyMap<string, number>; tokens: Token[]; ids: Int32Array; also: Int32Array[] };

/**
 * A doc's words and their ids, read once and kept on the doc when it has room for them (`read`).
 * With other vocabularies, one look-up per word answers for all (wordEntries): the words of a
 * draft are looked up in the layer's vocabulary, the answer rows' and the stuffing row's alike.
 */
export function docWords(d: ReadableDoc, vocabulary: ReadonlyMap<string, number>): DocWords {
  if (d.read && d.read.vocabulary === vocabulary) return d.read;
  const tokens = tokensOf(d.a.text, 0, d.a.text.length);
  const ids = new Int32Array(tokens.length);
  const others = d.also ?? [];
  const also = others.map(() => new Int32Array(tokens.length));
  if (others.length === 0) {
    const known = wordIds(vocabulary);
    for (let i = 0; i < tokens.length; i++) ids[i] = wordId(known, vocabulary, tokens[i]!.word);
  } else {
    const known = wordEntries(vocabulary);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.word;
      let entry = known.get(word);
      if (entry === undefined || !sameVocabularies(entry.also, others)) {
        entry = { id: STOP_WORDS.has(word) ? -1 : lookUp(vocabulary, word), also: others, ids: others.map((v) => v.get(word) ?? -1) };
        if (known.size >= WORD_IDS_MAX) known.clear();
        known.set(word, entry);
      }
      ids[i] = entry.id;
      for (let k = 0; k < also.length; k++) also[k]![i] = entry.ids[k]!;
    }
  }
  const read = { vocabulary, tokens, ids, also };
  if (d.read !== undefined) d.read = read;
  return read;
}

/**
 * Where the words of text[start, end) begin in `all`, the words of the whole text: tokensOf(text,
 * start, end) is all.slice(from, tokensEnd(all, from, end)). tokensOf reads a word at a time, or one
 * character at a time between words; read from `start`, it reads what the reading from 0 reads from
 * `start` on, unless `start` falls inside one of its words (it then reads again from there: -1). It
 * stops at the first word that ends past `end`.
 */
function tokensFrom(all: readonly Token[], start: number): number {
  // the first word that starts at or after `start`
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && all[lo - 1]!.end > start ? -1 : lo;
}
function tokensEnd(all: readonly Token[], from: number, end: number): number {
  let to = from;
  while (to < all.length && all[to]!.start < end && all[to]!.end <= end) to++;
  return to;
}

function sentenceWords(d: ReadableDoc, si: number, vocabulary: ReadonlyMap<string, number>): SentenceWords {
  const cached = d.words?.[si];
  if (cached) return cached;
  const s = d.a.sentences[si]!;
  let out: SentenceWords;
  const all = d.read !== undefined ? docWords(d, vocabulary) : null;
  const from = all !== null ? tokensFrom(all.tokens, s.start) : -1;
  if (all !== null && from >= 0) {
    const to = tokensEnd(all.tokens, from, s.end);
    out = { tokens: all.tokens.slice(from, to), ids: all.ids.slice(from, to), also: all.also.map((a) => a.slice(from, to)) };
  } else {
    const tokens = tokensOf(d.a.text, s.start, s.end);
    const ids = new Int32Array(tokens.length);
    const known = wordIds(vocabulary);
    for (let i = 0; i < tokens.length; i++) ids[i] = wordId(known, vocabulary, tokens[i]!.word);
    out = { tokens, ids, also: null };
  }
  if (d.words) d.words[si] = out;
  return out;
}

/** Sentence `si` of doc `di`, as the layer reads it. */
export function sentenceView(d: ReadableDoc, di: number, si: number, vocabulary: ReadonlyMap<string, number>): SentenceView {
  const s = d.a.sentences[si]!;
  const { tokens, ids, also } = sentenceWords(d, si, vocabulary);
  const flags = sentenceFlags(d.a.text, s.start, s.end, d.section, tokens, ids, vocabulary.size);
  return { doc: di, section: d.section, start: s.start, end: s.end, tokens, ids, also, flags, specific: isSpecific(flags, vocabulary.size) };
}

/** A decoded model: per item, one score per vocabulary word. */
export type LoadedModel = {
  vocabulary: Map<string, number>;
  items: Array<{ id: ItemId; threshold: number | null; veto: number | null; bias: number; flags: number[]; scores: Float32Array }>;
  topic: { bias: number; threshold: number; rescue: number; scores: Float32Array } | null;
};



/** Scores as the model stores them: four bits each, scaled so the largest is ±7 (see LearnedModel). */
export function packScores(values: ArrayLike<number>): { packed: string; scale: number } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
  const scale = max > 0 ? max / 7 : 1;
  const bytes = new Uint8Array(Math.ceil(values.length / 2));
  for (let i = 0; i < values.length; i++) {
    const nibble = Math.round(values[i]! / scale) + 8;
    bytes[i >> 1] = bytes[i >> 1]! | (i & 1 ? nibble << 4 : nibble);
  }
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return { packed: btoa(bin), scale };
}

function decodeScores(b64: string, scale: number, words: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(words);
  for (let i = 0; i < words; i++) {
    const byte = bin.charCodeAt(i >> 1);
    out[i] = (((i & 1 ? byte >> 4 : byte) & 15) - 8) * scale;
  }
  return out;
}

/** A shipped word list's index: each word to its position (the layer, the stuffing row and the answer rows). */
export function vocabularyOf(words: readonly string[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  words.forEach((w, i) => vocabulary.set(w, i));
  return vocabulary;
}

export function loadModel(model: LearnedModel): LoadedModel {
  const words = model.words.split(" ");
  const vocabulary = vocabularyOf(words);
  return {
    vocabulary,
    items: model.items.map((it) => ({
      id: it.id,
      threshold: it.threshold,
      veto: it.veto ?? null,
      bias: it.bias,
      flags: it.flags,
      scores: decodeScores(it.scores, it.scale, words.length),
    })),
    topic: model.topic
      ? {
          bias: model.topic.bias,
          threshold: model.topic.threshold,
          rescue: model.topic.rescue ?? Infinity,
          scores: decodeScores(model.topic.scores, model.topic.scale, words.length),
        }
      : null,
  };
}

/**
 * The topic logit of a whole answer (LearnedModel.topic): the bias and the mean score of its known
 * words, sentence by sentence as the layer reads them (sentenceView's words, without its flags).
 */
export function topicLogit(topic: NonNullable<LoadedModel["topic"]>, docs: readonly ReadableDoc[], vocabulary: ReadonlyMap<string, number>): number {
  let sum = 0;
  let n = 0;
  for (const d of docs) {
    for (let si = 0; si < d.a.sentences.length; si++) {
      const { ids } = sentenceWords(d, si, vocabulary);
      for (let i = 0; i < ids.length; i++) {
        if (ids[i]! < 0) continue;
        sum += topic.scores[ids[i]!]!;
        n++;
      }
    }
  }
  return topic.bias + (n > 0 ? sum / n : 0);
}

function meanScore(scores: Float32Array, ids: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    sum += scores[id]!;
    n++;
  }
  return n > 0 ? sum / n : 0;
}

/** The logit of one sentence for one item of the model. */
export function sentenceLogit(item: LoadedModel["items"][number], s: SentenceView): number {
  let z = item.bias + meanScore(item.scores, s.ids);
  for (let k = 0; k < s.flags.length; k++) z += item.flags[k]! * s.flags[k]!;
  return z;
}

/**
 * A sentence the layer may meet an item with must be specific: a number, a word the vocabulary
 * does not know (a name, an identifier), a technical token, or a word past the most frequent
 * SPECIFIC_RANK of the vocabulary. "I worked on a service that was important for the company"
 * has none of them and stays partial, as issue #7 asks of a vague mention.
 */
export const SPECIFIC_RANK = 3000;

function isSpecific(f: readonly number[], size: number): boolean {
  return f[0] === 1 || f[15] === 1 || f[16] === 1 || f[14]! >= Math.log(1 + SPECIFIC_RANK) / Math.log(1 + size);
}

/** Most words a learned evidence span holds. */
const EVIDENCE_WORDS = 5;

/**
 * The words of a sentence that carried an item: the run of at most EVIDENCE_WORDS words whose
 * scores add up highest. Null when the best run is under a negation or hypothetical cue.
 */
function carryingWords(item: LoadedModel["items"][number], s: SentenceView, a: Analysed): { start: number; end: number } | null {
  const scores = item.scores;
  let best = -Infinity;
  let from = -1;
  let to = -1;
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.ids[i]! < 0) continue;
    let sum = 0;
    for (let j = i; j < s.tokens.length && j < i + EVIDENCE_WORDS; j++) {
      const id = s.ids[j]!;
      if (id < 0) continue;
      sum += scores[id]!;
      if (sum > best) {
        best = sum;
        from = i;
        to = j;
      }
    }
  }
  if (from < 0) return null;
  const start = s.tokens[from]!.start;
  if (blockedAt(a, start) !== null) return null;
  return { start, end: s.tokens[to]!.end };
}

/**
 * The veto's reading of an item the rules met: the highest logit, for that item, of the sentences
 * that hold the rule's evidence. The rule has judged negation and hypotheticals already; the veto
 * only asks whether a sentence the rule found its words in reads like the item at all.
 *
 * `stopAt`: for a caller that only asks whether the highest logit is under this (the veto), the
 * reading stops at the first sentence whose logit is not, and returns that logit: the answer to
 * that question is already the highest's, and the sentences after it are not read.
 */
export function evidenceLogit(
  item: LoadedModel["items"][number],
  evidence: ReadonlyArray<{ section: string; start: number }>,
  docs: readonly ReadableDoc[],
  vocabulary: ReadonlyMap<string, number>,
  cache: Map<number, SentenceView>,
  stopAt?: number,
): number {
  let best = -Infinity;
  for (const e of evidence) {
    const di = docs.findIndex((d) => d.section === e.section);
    if (di < 0) continue;
    const si = sentenceAt(docs[di]!.a, e.start);
    if (si < 0) continue;
    const key = di * 1_000_000 + si;
    let view = cache.get(key);
    if (!view) {
      view = sentenceView(docs[di]!, di, si, vocabulary);
      cache.set(key, view);
    }
    best = Math.max(best, sentenceLogit(item, view));
    // not under stopAt, or NaN (which Math.max would keep): what the caller compares cannot change
    if (stopAt !== undefined && !(best < stopAt)) return best;
  }
  return best;
}

export type LearnedHit = { doc: number; start: number; end: number; logit: number };

/**
 * For each asked item of the model: the sentence with the highest logit at or above the item's
 * threshold, and the words that carried it. Items not asked, or that no sentence passes, are absent.
 */
export function learnedHits(
  model: LoadedModel,
  views: readonly SentenceView[],
  docs: ReadonlyArray<{ a: Analysed }>,
  asked: ReadonlySet<ItemId>,
  /** False: the best sentence whatever its logit (how the trainer sets the thresholds). */
  useThresholds = true,
  /** Whether a sentence of docs[doc] may give the item (the rules' section limits); all by default. */
  allowed: (id: ItemId, doc: number) => boolean = () => true,
): Map<ItemId, LearnedHit> {
  const out = new Map<ItemId, LearnedHit>();
  for (const item of model.items) {
    if (!asked.has(item.id)) continue;
    const threshold = item.threshold;
    if (useThresholds && threshold === null) continue;
    const ranked: Array<{ s: SentenceView; z: number }> = [];
    for (const s of views) {
      if (!s.specific || !allowed(item.id, s.doc)) continue;
      const z = sentenceLogit(item, s);
      if (!useThresholds || z >= threshold!) ranked.push({ s, z });
    }
    ranked.sort((x, y) => y.z - x.z);
    // What is quoted: with thresholds, the best passing sentence that reads as one (QUOTE_MIN_WORDS
    // words or more), else the best; the logit stays the best's, so the item's status is the same.
    let short: LearnedHit | null = null;
    for (const { s, z } of ranked) {
      const span = carryingWords(item, s, docs[s.doc]!.a);
      if (!span) continue;
      const hit: LearnedHit = { doc: s.doc, start: span.start, end: span.end, logit: short?.logit ?? z };
      if (!useThresholds || wordCount(s) >= QUOTE_MIN_WORDS) {
        out.set(item.id, hit);
        break;
      }
      short ??= hit;
    }
    if (short !== null && !out.has(item.id)) out.set(item.id, short);
  }
  return out;
}

/**
 * Fewest words of a sentence the layer quotes when another passing sentence has more (session 34).
 * A short line's mean word score swings on one or two words: as the best sentence it showed a heading
 * ("Que 1."), a unit ("1.814Mi") or an aside ("Oh, wow.") as the words that earned an item.
 */
const QUOTE_MIN_WORDS = 6;

/** The words of a sentence that start with a letter (not numbers). */
function wordCount(s: SentenceView): number {
  let n = 0;
  for (const t of s.tokens) if (t.word.charCodeAt(0) > 57) n++;
  return n;
}
