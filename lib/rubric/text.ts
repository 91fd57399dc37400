// Text analysis for the rubric engine: sentence and clause boundaries, negation and
// hypothetical cues, "generic claim" and past-tense detection. Hand-written on purpose
// (see docs/decisions/002-rubric-engine.md): every offset is an exact index into the
// caller's string, nothing is normalised in place, and it costs no bundle weight.

import { countWords, LENGTH_PATTERNS } from "./length";
import { IndexedPattern, PrefixIndex } from "./prefilter";

export type Span = { start: number; end: number };

export type Sentence = Span & {
  /** A claim about habits or skills, not a story ("I always ship behind flags"). */
  generic: boolean;
  /** Contains a past-tense verb (a narrated event). */
  past: boolean;
  /** Contains a time anchor for a specific event ("one night", "at 02:10", "during a drain"). */
  anchored: boolean;
  /** Contains a concrete number (not part of an identifier such as p99). */
  numeric: boolean;
};

export type Analysed = {
  text: string;
  sentences: Sentence[];
  /** Sorted clause-start offsets (sentence starts included). */
  clauseStarts: number[];
  /** Negation and hypothetical cues, sorted by start. */
  cues: Array<Span & { kind: "negation" | "hypothetical" }>;
  words: number;
  /** Per slot of PREFIX_INDEX: the positions where that pattern may match (see prefilter.ts). */
  candidates: Array<number[] | undefined>;
};

/**
 * The word-start prefilter shared by the analysis patterns here and the rule patterns of the
 * engine (which registers its own when it loads): one pass over a text lists where each
 * pattern may match, and each pattern then runs only there.
 */
export const PREFIX_INDEX = new PrefixIndex(true);

const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "approx", "incl", "cf", "mr", "mrs", "dr", "st", "no", "fig", "eg", "ie", "al"]);

// Character tests of splitSentences, on UTF-16 code units (what the one-character regexes
// they replace saw): /[\s\-*•·‣–—>#]/, /[.!?"'’”)\]]/ and /[A-Za-z.]/; isBlank is /\s/.
const LEAD_TRIM = new Set([..."-*•·‣–—>#"].map((c) => c.charCodeAt(0)));
const isLeadTrim = (c: number) => isBlank(c) || LEAD_TRIM.has(c);
const CLOSING = new Set([...".!?\"'’”)]"].map((c) => c.charCodeAt(0)));
const isClosing = (c: number) => CLOSING.has(c);
const isAbbreviationChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

const LIST_ITEM = /^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s/;
/** Every character but line breaks turned to a space: the same length and the same lines. */
const blankKeepLines = (t: string) => t.replace(/[^\r\n]/g, " ");

/**
 * Code pasted into a story (a fenced block, or lines indented four spaces after a blank line: logs,
 * gdb output, config) is not the teller's sentences: it is blanked, line breaks kept, so its words
 * earn nothing and its lines are not read as a list. Inline code keeps its words (`ANALYZE`).
 */
export function blankCodeBlocks(text: string): string {
  if (!text.includes("```") && !text.includes("~~~") && !/(?:^|\n[ \t]*\r?\n)(?: {4}|\t)/.test(text)) return text;
  const lines = text.split("\n");
  let fence: string | null = null;
  let block: number[] = [];
  let inList = false;
  const endBlock = () => {
    if (block.length > 0 && looksLikeCode(block.map((i) => lines[i]!).join("\n"))) for (const i of block) lines[i] = blankKeepLines(lines[i]!);
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (fence !== null) {
      if (trimmed.startsWith(fence)) fence = null;
      lines[i] = blankKeepLines(line);
      continue;
    }
    const open = /^(```|~~~)/.exec(trimmed);
    if (open) {
      endBlock();
      fence = open[1]!;
      lines[i] = blankKeepLines(line);
      continue;
    }
    const isBlank = trimmed.replace(/\r$/, "") === "";
    const codeIndent = /^(?: {4}|\t)/.test(line) && !isBlank;
    if (codeIndent && !inList && (block.length > 0 || i === 0 || lines[i - 1]!.trim() === "")) block.push(i);
    else if (!isBlank) {
      endBlock();
      // a paragraph indented under a list item belongs to the item (CommonMark), it is not code
      if (!codeIndent) inList = LIST_ITEM.test(line);
    }
  }
  endBlock();
  return lines.join("\n");
}

/**
 * Whether an indented block reads as code or output rather than an indented paragraph: symbols and
 * digits make up a good share of it (gdb frames, log lines, config), where prose has few.
 */
function looksLikeCode(block: string): boolean {
  let marks = 0;
  let visible = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 44 || c === 46 || c === 39 || c === 0x2019 || c > 127)) marks++;
  }
  return visible > 0 && marks / visible >= CODE_MARK_SHARE;
}
const CODE_MARK_SHARE = 0.12;

/** A wrapped line is at least this long (trimmed): hard wraps sit at 60–100 columns, list lines and headings are short. */
const SOFT_WRAP_MIN = 30;
const isLower = (c: number) => c >= 97 && c <= 122;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * Words a sentence does not end on: a line ending on one (or on a comma) goes on even when the next
 * line starts with a capital, a digit or a quote ("we paged the owner of\nPostgres on call").
 */
const GOES_ON = new Set(["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "from", "at", "as", "our", "my", "we", "i", "that", "is", "was", "were", "be", "been", "this", "their", "its", "into", "than", "which", "who", "when", "where", "while", "because", "so", "if", "not", "no", "about", "after", "before", "between", "through", "using", "via", "had", "have", "has", "are", "could", "would", "should", "will", "can", "did", "called", "named"]);
const isUpperOrDigit = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 96 || c === 34 || c === 39 || c === 40;
function goesOn(text: string, s: number, last: number): boolean {
  if (text.charCodeAt(last - 1) === 44 /* , */) return true;
  let w = last;
  while (w > s && isLower(text.charCodeAt(w - 1) | 32)) w--;
  return last - w <= 8 && GOES_ON.has(text.slice(w, last).toLowerCase());
}

/**
 * Text hard-wrapped at a fixed width (markdown kept in git, mail, notes pasted from a terminal)
 * breaks a sentence across lines: "we paged the owner of\nthe schema and paired on it". A line
 * break is a soft wrap, blanked to a space here (same length, so every offset stays exact), when
 * the line before it is long, is not a heading, table row or code fence, and does not end a
 * sentence or a label (. ! ? : ;), and the next line goes on in lower case (or the line ends on a
 * word no sentence ends on) and is not a list item ("a) ..."). A list, a heading and its text, and
 * short lines of notes keep their breaks.
 */
export function joinSoftWraps(text: string): string {
  let nl = text.indexOf("\n");
  if (nl < 0) return text;
  let out: string[] | null = null;
  let from = 0;
  let lineStart = 0;
  while (nl >= 0) {
    let e = nl;
    if (e > lineStart && text.charCodeAt(e - 1) === 13) e--;
    let s = lineStart;
    while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
    let last = e;
    while (last > s && isSpaceOrTab(text.charCodeAt(last - 1))) last--;
    let k = nl + 1;
    while (k < text.length && isSpaceOrTab(text.charCodeAt(k))) k++;
    const first = text.charCodeAt(s);
    const end = text.charCodeAt(last - 1);
    if (
      last - s >= SOFT_WRAP_MIN &&
      first !== 35 /* # */ && first !== 124 /* | */ && first !== 96 /* ` */ && first !== 60 /* < */ &&
      end !== 46 && end !== 33 && end !== 63 && end !== 58 && end !== 59 &&
      (isLower(text.charCodeAt(k)) || (goesOn(text, s, last) && isUpperOrDigit(text.charCodeAt(k)))) &&
      !(k + 1 < text.length && (text.charCodeAt(k + 1) === 41 || text.charCodeAt(k + 1) === 46) && (k + 2 >= text.length || isSpaceOrTab(text.charCodeAt(k + 2)))) &&
      !LIST_ITEM.test(text.slice(k, k + 6))
    ) {
      out ??= [];
      out.push(text.slice(from, e), " ".repeat(nl + 1 - e));
      from = nl + 1;
    }
    lineStart = nl + 1;
    nl = text.indexOf("\n", lineStart);
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

/** Sentence spans: split at . ! ? followed by space, at line breaks, and at bullet markers. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number) => {
    // trim whitespace and leading bullet markers, keeping exact offsets
    while (s < e && isLeadTrim(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // an inline separator between fragments ("owned X | defined Y | led Z", "A • B"): each
    // fragment is a line of a list, as if it stood on its own line
    if ((ch === 124 || ch === 0x2022) && i > 0 && isBlank(text.charCodeAt(i - 1)) && (i + 1 >= n || isBlank(text.charCodeAt(i + 1)))) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // . ! ? (and their full-width / Arabic forms) followed by whitespace or end
    if (ch === 46 || ch === 33 || ch === 63 || ch === 0x3002 || ch === 0x061f || ch === 0xff01 || ch === 0xff1f) {
      let j = i + 1;
      while (j < n && isClosing(text.charCodeAt(j))) j++;
      if (j < n && !isBlank(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      if (ch === 46) {
        // abbreviation or a decimal such as "approx." / "e.g."
        let k = i - 1;
        while (k >= 0 && isAbbreviationChar(text.charCodeAt(k))) k--;
        const word = text.slice(k + 1, i).toLowerCase();
        if (ABBREVIATIONS.has(word)) continue;
      }
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, n);
  return out;
}

// Clause boundaries limit the scope of a negation: "we had no canary, so we rolled back".
export const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s-\s|\b(?:but|so|although|though|however|whereas|because|since|until|then|which|while|and then|and(?= (?:we|I)\b)|yet|instead)\b/gi;

// "n't" forms, plain negators, and "failed/unable to" (an attempt that did not happen).
export const NEGATION =
  /\b(?:not|no|never|without|nobody|nothing|none|neither|nor|lack(?:ed|ing)? (?:of|any)|absence of|cannot|unable to|failed to|no one|hardly|barely)\b|\Bn['’]t\b/gi;

const NEGATION_G = new RegExp(NEGATION.source, NEGATION.flags);
/**
 * NEGATION in its two parts, as findCues scans it: the words (`\b…\b`), through the prefilter, and
 * the "n't" forms, which start inside a word (\B) where no word-start index can list them, with a
 * plain scan that only has to find an "n". A match of the words starts after a non-word character
 * and holds no apostrophe; one of "n't" starts after a word character, and no word of NEGATION
 * starts with its "'t" or "t": the two never overlap nor start together, so the matches of each
 * alone, merged by position, are those of NEGATION. Null (one scan, as before) if NEGATION is
 * ever written otherwise.
 */
const NEGATION_NT = "|\\Bn['’]t\\b";
const NEGATION_PARTS = NEGATION.source.endsWith(NEGATION_NT)
  ? {
      words: new IndexedPattern(PREFIX_INDEX, new RegExp(NEGATION.source.slice(0, -NEGATION_NT.length), NEGATION.flags)),
      nt: new RegExp(NEGATION_NT.slice(1), NEGATION.flags),
    }
  : null;

export const HYPOTHETICAL =
  /\b(?:would|should|might|ought to|plan(?:ned|ning)? to|intend(?:ed)? to|hope to|next time|in the future|going forward|ideally|if (?:I|we) had)\b|\b(?:I|we|you|they)['’]d\b(?! (?:been|already|just|had|never|only|gone|done|seen|finished|set|made|shipped|added|built|fixed|found|owned|run|worked))/gi;

// Habit and self-description: claims with no story behind them.
// Frequency adverbs make a claim about habits only in a sentence that narrates nothing: in
// "reconnect always meant a full snapshot" or "it usually took 3 s" they describe the mechanism.
export const GENERIC_ADVERB = /\b(?:always|usually|typically|generally|normally|routinely|invariably|whenever|consistently)\b/i;
export const GENERIC_STRONG =
  /\b(?:every time I|each time,? (?:I|we)|every time,? (?:I|we)|whenever (?:I|we)|(?:many|several|various|multiple|numerous) (?:incidents|outages|issues|problems|failures)|when an incident (?:happens|occurs|hits)|my (?:general )?approach|my philosophy|my (?:standard|usual) (?:process|practice)|I (?:have|bring|possess) (?:deep|extensive|strong|broad|solid|significant|proven|a lot of|years of|\d+\+? years of) (?:experience|expertise|background)|I(?:'m| am) (?:experienced|skilled|an expert|passionate|proficient)|expert in|proficient (?:in|with)|best practices|I specialise|I specialize|I pride myself|I hold a high bar|I believe in|I (?:like|love|tend) to)\b/i;

// "Now we always ...": a practice adopted after the incident, not a habit claim.
export const NEW_PRACTICE = /\b(?:now|since then|from then on|ever since|after that|afterwards|these days)\b/i;

// "I + verb in the present" without a story anchor: habits when the sentence lists several items.
// Not "I own / lead / run …": that states a role ("I own the notifications service").
export const HABITUAL =
  /\bI (?:reproduce|fix|ship|write|use|debug|build|design|drive|weigh|partner|follow|apply|approach|handle|monitor|ensure|define|make sure|focus|prioriti[sz]e|deliver|investigate|test|deploy|roll out|document|automate|practice|practise|leverage|utili[sz]e|employ|rely on)\b/i;

export const IRREGULAR_PAST =
  "was|were|had|did|found|saw|went|took|made|ran|wrote|got|came|began|broke|led|built|shipped|knew|thought|told|sent|kept|held|left|lost|felt|brought|caught|chose|drove|fell|froze|gave|grew|hit|hid|let|meant|met|paid|put|quit|read|rose|rang|said|sat|set|shut|spent|split|stood|stuck|struck|swung|threw|understood|woke|won|became|forgot|overrode|rewrote|undid|spun|dug|fed|bought|fought|taught|sought|slid|shook|wound|burnt|learnt|spelt|dealt|meant";
// Participles that name things rather than narrate ("distributed systems", "staged rollout").
const PARTICIPLE_STOP = new Set([
  "distributed", "automated", "staged", "based", "related", "detailed", "advanced", "dedicated", "replicated",
  "sharded", "managed", "structured", "need", "speed", "embedded", "red", "bed", "seed", "feed", "shed", "hundred",
  "indeed", "united", "limited", "unlimited", "expected", "unexpected", "mixed", "blessed", "weed", "proceed",
  "exceed", "succeed", "breed", "freed", "greed", "bleed", "deed", "feed", "heed", "reed", "tied", "used", "skilled",
  "experienced", "seasoned", "talented", "focused", "driven", "proven", "flagged", "gated", "guarded", "weighted",
  "centralized", "centralised", "decentralized", "decentralised", "containerized", "containerised", "sized", "biased",
  "versioned", "tiered", "layered", "nested", "hosted", "unrelated", "interested", "excited", "supported", "desired",
]);
const PRESENT_PASSIVE_BEFORE = /(?:\b(?:is|are|am|be|being|gets?|getting)\s+(?:[a-z]+ly\s+)?|[a-z]-)$/i;
export const PAST_RE = new RegExp(`\\b(?:${IRREGULAR_PAST})\\b|\\b[a-z]{2,}ed\\b`, "gi");

export const ANCHOR =
  /\b(?:one (?:night|morning|day|afternoon|evening|weekend|week|time)|on a (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|that|the following|the next|the previous) (?:week|month|quarter|year|night|morning|day|afternoon)|in (?:19|20)\d\d|(?:in|during|after|before) (?:a|an|the|our|one|routine|planned) [\w-]+|at \d{1,2}[:.h]\d{2}|\d{1,2}[:.]\d{2}\b|\d{1,2} ?(?:am|pm)\b|once\b|yesterday|last (?:spring|summer|autumn|fall|winter)|(?:january|february|march|april|june|july|august|september|october|november|december)\b|incident:)/i;


/** Sorted starts of negation/hypothetical cues in `text`. */
function findCues(text: string, cands: Analysed["candidates"]): Analysed["cues"] {
  const cues: Analysed["cues"] = [];
  const negation = (start: number, len: number) => {
    if (len <= 3) {
      const w = text.slice(start, start + len).toLowerCase();
      // "not only ... but", "no longer", "no matter": not a denial of what follows
      if (w === "not" || w === "no") {
        const after = text.slice(start + len, start + len + 10).toLowerCase();
        if (w === "not" && /^ only\b/.test(after)) return;
        if (w === "no" && /^ (?:matter|doubt)\b/.test(after)) return;
      }
    }
    cues.push({ start, end: start + len, kind: "negation" });
  };
  // an exec loop on a private copy: matchAll would clone the regex on every call
  const re = NEGATION_PARTS?.nt ?? NEGATION_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else negation(m.index, m[0].length);
  }
  // the words, when scanned apart: the sort below puts the negation cues of both scans in text order
  NEGATION_PARTS?.words.spans(text, cands, (start, end) => negation(start, end - start));
  HYPOTHETICAL_P.spans(text, cands, (start, end) => {
    cues.push({ start, end, kind: "hypothetical" });
  });
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

// Global twins of the sentence tests: one pass over the text, mapped to sentences after.
const g = (re: RegExp) => new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
const GENERIC_G = g(GENERIC_STRONG);
const GENERIC_ADVERB_G = g(GENERIC_ADVERB);
/**
 * A person in the sentence: the speaker, the team, engineers, "you". A habit is a person's; a
 * sentence about a system alone in the present ("The ledger handles 3,000 writes per second
 * and every checkout reads it") describes the setting, whatever items it names.
 */
const PERSON = /\b(?:I|we|you|team|teams|engineers?|SREs?|developers?|people|everyone|everybody|one should)\b/i;
export function hasPerson(sentenceText: string): boolean {
  return PERSON.test(sentenceText);
}

/** "I always", "we're usually", "I am always": the adverb qualifies the speaker's habits. */
const HABIT_SUBJECT_BEFORE = /\b(?:I|we)(?:'m|'re| am| are)?\s+$/i;
// ... but not in a clause that picks out the story being told: "the one I always come back to is
// when…", "the incident we always bring up" (session 19).
const STORY_PICKED_BEFORE = /\b(?:one|incident|outage|story|example|time|bug|failure|case|war story)\s+(?:that\s+|which\s+)?(?:I|we)\s+$/i;
const NEW_PRACTICE_G = g(NEW_PRACTICE);
const ANCHOR_G = g(ANCHOR);
const NUMERIC_G = /(?<![A-Za-z0-9_.])\d/g;
// The same patterns, run through the prefilter.
const GENERIC_P = new IndexedPattern(PREFIX_INDEX, GENERIC_G);
const GENERIC_ADVERB_P = new IndexedPattern(PREFIX_INDEX, GENERIC_ADVERB_G);
const NEW_PRACTICE_P = new IndexedPattern(PREFIX_INDEX, NEW_PRACTICE_G);
const ANCHOR_P = new IndexedPattern(PREFIX_INDEX, ANCHOR_G);
const NUMERIC_P = new IndexedPattern(PREFIX_INDEX, NUMERIC_G);
const HYPOTHETICAL_P = new IndexedPattern(PREFIX_INDEX, HYPOTHETICAL);

/** Every regular expression of this module, for tests/unit/rubric/pattern-scaling.test.ts. */
export const TEXT_PATTERNS: Readonly<Record<string, RegExp>> = {
  CLAUSE_BREAK,
  NEGATION,
  HYPOTHETICAL,
  GENERIC_STRONG,
  GENERIC_ADVERB,
  NEW_PRACTICE,
  HABITUAL,
  PAST_RE,
  PERSON,
  PRESENT_PASSIVE_BEFORE,
  STORY_PICKED_BEFORE,
  ANCHOR,
  NUMERIC_G,
  ...LENGTH_PATTERNS,
};

function indexOfSpan(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans >= 0 && pos < (spans[ans]?.end ?? 0) ? ans : -1;
}

const IRREGULAR_PAST_SET = new Set(IRREGULAR_PAST.split("|"));
/**
 * Bit (first letter - "a") of IRREGULAR_FIRST[length]: some irregular past form has that length
 * and first letter; IRREGULAR_LAST the same for the last letter. A word that fails either cannot
 * be in IRREGULAR_PAST_SET, so it is not sliced ("for" passes the first, as "fed" does, not the last).
 */
const IRREGULAR_FIRST = new Int32Array(16);
const IRREGULAR_LAST = new Int32Array(16);
for (const w of IRREGULAR_PAST_SET) {
  IRREGULAR_FIRST[w.length]! |= 1 << (w.charCodeAt(0) - 97);
  IRREGULAR_LAST[w.length]! |= 1 << (w.charCodeAt(w.length - 1) - 97);
}

/**
 * The matches of PAST_RE, without the regex: under the i flag without u, \b and [a-z] are
 * ASCII-only, so PAST_RE matches exactly the runs of ASCII word characters ([A-Za-z0-9_]) made
 * of letters only that are an irregular past form or end in "ed" after two or more letters.
 * Calls `each` with each one's start and its lower-cased text, left to right.
 */
export function pastWords(text: string, each: (start: number, lower: string) => void): void {
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (!isAsciiWordCode(c)) {
      p++;
      continue;
    }
    // a run of word characters from p; is it all letters?
    let e = p;
    let letters = true;
    while (e < n) {
      const d = text.charCodeAt(e);
      if (!isAsciiWordCode(d)) break;
      if (letters && !((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) letters = false;
      e++;
    }
    if (letters) pastWordAt(text, p, e, each);
    p = e;
  }
}

/** pastWords' test of one word, text[p, e): a run of ASCII letters between non-word characters. */
function pastWordAt(text: string, p: number, e: number, each: (start: number, lower: string) => void): void {
  const len = e - p;
  const d1 = text.charCodeAt(e - 2) | 32;
  const d2 = text.charCodeAt(e - 1) | 32;
  const ed = len >= 4 && d1 === 101 && d2 === 100;
  if (ed || (len <= 10 && len >= 2 && (IRREGULAR_LAST[len]! & (1 << (d2 - 97))) !== 0 && (IRREGULAR_FIRST[len]! & (1 << ((text.charCodeAt(p) | 32) - 97))) !== 0)) {
    const lower = text.slice(p, e).toLowerCase();
    if (ed || IRREGULAR_PAST_SET.has(lower)) each(p, lower);
  }
}
const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export function analyse(text: string): Analysed {
  // the prefilter's pass over the text also lists its all-letter words, which is all pastWords reads
  const letterRuns: number[] = [];
  const candidates = PREFIX_INDEX.candidates(text, letterRuns);
  const spans = splitSentences(text);
  const sentences: Sentence[] = spans.map((s) => ({ start: s.start, end: s.end, generic: false, past: false, anchored: false, numeric: false }));
  const markP = (p: IndexedPattern, set: (s: Sentence, start: number) => void) =>
    p.spans(text, candidates, (start) => {
      const s = sentences[indexOfSpan(spans, start)];
      if (s) set(s, start);
    });
  const newPractice = new Set<Sentence>();
  const onPastWord = (start: number, word: string) => {
    const s = sentences[indexOfSpan(spans, start)];
    if (!s || s.past || PARTICIPLE_STOP.has(word)) return;
    // "Issues are reproduced via load tests", "well-defined targets": a present passive or a
    // compound adjective describes, it does not narrate.
    if (PRESENT_PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return;
    s.past = true;
  };
  // what pastWords(text, onPastWord) does, from the words the prefilter listed
  for (let k = 0; k < letterRuns.length; k += 2) pastWordAt(text, letterRuns[k]!, letterRuns[k + 1]!, onPastWord);
  markP(GENERIC_P, (s) => (s.generic = true));
  markP(ANCHOR_P, (s) => (s.anchored = true));
  markP(GENERIC_ADVERB_P, (s, start) => {
    const before = text.slice(Math.max(0, start - 32), start);
    if (HABIT_SUBJECT_BEFORE.test(before) && !STORY_PICKED_BEFORE.test(before)) s.generic = true;
    // "The queue normally holds under 1,000 messages" describes a system's baseline; only a
    // sentence with a person in it ("we typically reproduce with load tests") claims a habit.
    else if (!s.past && !s.anchored && hasPerson(text.slice(s.start, s.end))) s.generic = true;
  });
  markP(NEW_PRACTICE_P, (s) => newPractice.add(s));
  for (const s of newPractice) s.generic = false;
  markP(NUMERIC_P, (s) => (s.numeric = true));
  // sentence starts and clause breaks are each already in order: merge them
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = CLAUSE_BREAK.exec(text)) !== null) breaks.push(cm.index + cm[0].length);
  const clauseStarts: number[] = [];
  for (let i = 0, j = 0; i < spans.length || j < breaks.length; ) {
    const a = spans[i]?.start ?? Infinity;
    const b = breaks[j] ?? Infinity;
    if (a <= b) {
      clauseStarts.push(a);
      i++;
    } else {
      clauseStarts.push(b);
      j++;
    }
  }
  return { text, sentences, clauseStarts, cues: findCues(text, candidates), words: countWords(text), candidates };
}

/** The habitual-present test, applied by the engine only where a sentence lists several items. */
export function isHabitual(sentenceText: string): boolean {
  return HABITUAL.test(sentenceText);
}

/** Index of the sentence containing offset `pos` (or the last one starting before it). */
export function sentenceAt(a: Analysed, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((a.sentences[mid]?.start ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function clauseStartBefore(a: Analysed, pos: number): number {
  let lo = 0;
  let hi = a.clauseStarts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a.clauseStarts[mid] ?? 0;
    if (v <= pos) {
      ans = v;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const MAX_CUE_DISTANCE_WORDS = 8;

type CueKind = "negation" | "hypothetical";
/** Per analysed text, built on first use: what blockedAt needs to answer in logarithmic time. */
type CueIndex = {
  /**
   * The cues of each kind in text order. One kind's cues come from one scan and never overlap,
   * so their ends are in order too.
   */
  byKind: Record<CueKind, Span[]>;
  /** wordStarts[i]: how many positions p < i start a word (text[p] not blank, text[p-1] blank). */
  wordStarts: Int32Array;
};
const CUE_INDEX = new WeakMap<Analysed, CueIndex>();
const NON_ASCII_BLANK = /\s/;
/** The characters `\s` and String.prototype.trim treat as blank (ASCII first: the usual case). */
export const isBlank = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : NON_ASCII_BLANK.test(String.fromCharCode(c)));

function cueIndex(a: Analysed): CueIndex {
  let index = CUE_INDEX.get(a);
  if (!index) {
    const byKind: Record<CueKind, Span[]> = { negation: [], hypothetical: [] };
    for (const c of a.cues) byKind[c.kind].push(c);
    const { text } = a;
    const wordStarts = new Int32Array(text.length + 1);
    let count = 0;
    let blankBefore = false;
    for (let i = 0; i < text.length; i++) {
      wordStarts[i] = count;
      const blank = isBlank(text.charCodeAt(i));
      if (blankBefore && !blank) count++;
      blankBefore = blank;
    }
    wordStarts[text.length] = count;
    index = { byKind, wordStarts };
    CUE_INDEX.set(a, index);
  }
  return index;
}

/** Words (blank-separated runs) in text.slice(from, to): what `.trim().split(/\s+/).length` counts. */
function wordsBetween(a: Analysed, index: CueIndex, from: number, to: number): number {
  if (from >= to) return 0;
  const first = isBlank(a.text.charCodeAt(from)) ? 0 : 1;
  return first + index.wordStarts[to]! - index.wordStarts[from + 1]!;
}

/** First index in [lo, hi) of `spans` whose `key` is greater than `value` (keys ascending). */
function firstAbove(spans: Span[], key: "start" | "end", value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![key] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cues walked one by one before blockedAt switches to binary search. */
const SHORT_WALK = 8;

/**
 * Is the mention at `pos` under a negation or hypothetical cue in the same clause
 * ("we had no canary", "we never found the root cause", "we should add an alert")?
 *
 * The rule: walk the cues from the clause start in text order (a negation before a
 * hypothetical cue that starts at the same place), stop at the first one that ends after
 * `pos`, and answer with the kind of the last cue walked over that is at most
 * MAX_CUE_DISTANCE_WORDS words before `pos`. Words are counted from a prefix count, and a
 * clause with more than SHORT_WALK cues before `pos` is searched rather than walked:
 * walking it and counting each gap's words grew with the square (or the cube) of a long
 * clause full of cues and mentions (issue #8, point 0).
 */
export function blockedAt(a: Analysed, pos: number): CueKind | null {
  const { cues } = a;
  if (cues.length === 0) return null;
  const clauseStart = clauseStartBefore(a, pos);
  // first cue at or after the clause start
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid]?.start ?? 0) < clauseStart) lo = mid + 1;
    else hi = mid;
  }
  // the usual case: no cue between the clause start and the mention
  if (lo >= cues.length || cues[lo]!.end > pos) return null;
  const index = cueIndex(a);
  let found: CueKind | null = null;
  for (let i = lo; i < cues.length; i++) {
    if (i - lo === SHORT_WALK) return blockedInLongClause(a, index, clauseStart, pos);
    const c = cues[i]!;
    if (c.end > pos) break;
    if (wordsBetween(a, index, c.end, pos) <= MAX_CUE_DISTANCE_WORDS) found = c.kind;
  }
  return found;
}

/**
 * blockedAt's answer by binary search: within one kind the cues, their ends and their gaps
 * to `pos` are all in order, so only the last cue of each kind before the walk would stop
 * can be the answer.
 */
function blockedInLongClause(a: Analysed, index: CueIndex, clauseStart: number, pos: number): CueKind | null {
  const neg = index.byKind.negation;
  const hyp = index.byKind.hypothetical;
  // per kind: the first cue from the clause start on, and the first of them that ends after `pos`
  const negFrom = firstAbove(neg, "start", clauseStart - 1, 0, neg.length);
  const hypFrom = firstAbove(hyp, "start", clauseStart - 1, 0, hyp.length);
  const negStop = firstAbove(neg, "end", pos, negFrom, neg.length);
  const hypStop = firstAbove(hyp, "end", pos, hypFrom, hyp.length);
  // the walk stops at the earlier of the two (a negation first when both start together);
  // it has walked over the cues before that one in text order
  let lastNeg = negStop - 1;
  let lastHyp = hypStop - 1;
  const negStopStart = neg[negStop]?.start ?? Infinity;
  const hypStopStart = hyp[hypStop]?.start ?? Infinity;
  if (negStopStart <= hypStopStart) {
    if (negStopStart !== Infinity) lastHyp = firstAbove(hyp, "start", negStopStart - 1, hypFrom, hypStop) - 1;
  } else {
    lastNeg = firstAbove(neg, "start", hypStopStart, negFrom, negStop) - 1;
  }
  const near = (spans: Span[], from: number, i: number) =>
    i >= from && wordsBetween(a, index, spans[i]!.end, pos) <= MAX_CUE_DISTANCE_WORDS;
  const negNear = near(neg, negFrom, lastNeg);
  const hypNear = near(hyp, hypFrom, lastHyp);
  // the later of the two in text order (a hypothetical cue after a negation that starts with it)
  if (negNear && hypNear) return hyp[lastHyp]!.start >= neg[lastNeg]!.start ? "hypothetical" : "negation";
  return negNear ? "negation" : hypNear ? "hypothetical" : null;
}
