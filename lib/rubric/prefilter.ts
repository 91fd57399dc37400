// Word-start prefilter for the rule patterns. Pure TypeScript, no dependencies.
//
// Almost every `find` pattern is `\b(?:word|other word|...)...`: a match can only begin at
// the start of an ASCII word (\b, then a word character) whose first letters are one of a
// few literals. A global regex scan instead tries the whole alternation at every
// position of the text, which is where most of the engine's time went. `literalPrefixes`
// reads a pattern's source and returns, conservatively, the lower-cased literal prefixes
// (up to PREFIX_LEN characters) that every match starts with, or null when it cannot
// prove that (the pattern is then scanned as before). The engine indexes each section's
// word starts by their first characters once, and runs a sticky copy of each pattern only
// at the word starts that carry one of its prefixes: the same leftmost matches, found
// without trying the pattern everywhere.
//
// Soundness relies on the pattern being compiled with the `i` flag and without `u`:
// then \b and \w are ASCII-only, and a non-ASCII character of the text never matches an
// ASCII letter of the pattern. The analyser gives up (null) on anything it doesn't model.

export const PREFIX_LEN = 3;

/**
 * `anywhere`: a one-character prefix that may sit at any position, not only at a word
 * start (extended mode: a pattern whose first character is not behind a \b, or is not a
 * word character).
 */
type State = {
  s: string;
  open: boolean;
  anchored: boolean;
  anywhere?: boolean;
  /**
   * Characters that may not stand just before the match (a negative look-behind of one character
   * at its start, `(?<![\w.,:])\d`): the ASCII characters the look-behind's class matches, in
   * order. Kept on a match's first character anywhere only (see guardOf).
   */
  guard?: string;
};
class Unprovable extends Error {}

type Node =
  | { t: "alt"; alts: Node[][] }
  | { t: "char"; c: string }
  // chars null: too many or not modelled. `wide`: when chars is null only because the set is
  // large (\d, \w, [a-z]), every lower-cased ASCII character it matches (used in extended
  // mode for a match's first character only).
  | { t: "set"; chars: string[] | null; wide?: string[] }
  | { t: "blank" } // \s: BLANK in a prefix of the extended index (after its first character)
  | { t: "zero" } // \b handled separately; lookarounds, \B, ^, $
  | { t: "guard"; chars: string } // a negative look-behind of one character: see guardOf
  | { t: "wb" }
  | { t: "rep"; node: Node; min: number; max: number };

const isWordChar = (c: string) => /^[A-Za-z0-9_]$/.test(c);
const SMALL_SET = 6;
const DIGIT_CHARS = [..."0123456789"];
const WORD_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789_"];
/**
 * A character no other character matches under the i flag without u, and that matches no
 * other: it has no case (Canonicalize maps only cased characters to something else).
 */
const caseless = (c: string) => c.length === 1 && c.toUpperCase() === c && c.toLowerCase() === c && !/\p{Cased}/u.test(c);

function parse(src: string): Node[][] {
  let i = 0;
  const fail = (): never => {
    throw new Unprovable(src);
  };
  const parseClass = (): Node => {
    // at '[' already consumed
    const chars = new Set<string>();
    let negated = false;
    let big = false;
    // every character of a large class, when it is made of \d, \w and ASCII ranges only
    let wideOk = true;
    const wide = new Set<string>();
    if (src[i] === "^") {
      negated = true;
      i++;
    }
    let first = true;
    while (i < src.length && (src[i] !== "]" || first)) {
      first = false;
      let c = src[i++]!;
      let isSet = false;
      if (c === "\\") {
        const e = src[i++];
        if (e === undefined) fail();
        if ("dDwWsSbB".includes(e!)) {
          isSet = true;
          big = true;
          if (e === "d") for (const d of DIGIT_CHARS) wide.add(d);
          else if (e === "w") for (const w of WORD_CHARS) wide.add(w);
          else wideOk = false;
        } else if (e === "u" || e === "x" || e === "c" || e === "p" || e === "P" || /[0-9]/.test(e!)) {
          fail();
        } else if (e === "n" || e === "r" || e === "t" || e === "f" || e === "v") {
          c = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" }[e]!;
        } else c = e!;
      }
      if (!isSet && src[i] === "-" && src[i + 1] !== "]" && src[i + 1] !== undefined) {
        i++;
        let d = src[i++]!;
        if (d === "\\") {
          const e = src[i++]!;
          if (/[A-Za-z0-9]/.test(e)) fail();
          d = e;
        }
        const a = c.charCodeAt(0);
        const b = d.charCodeAt(0);
        if (b - a > SMALL_SET) big = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCharCode(k));
        if (b > 127 || b < a) wideOk = false;
        else for (let k = a; k <= b; k++) wide.add(String.fromCharCode(k));
        continue;
      }
      if (!isSet) {
        chars.add(c);
        wide.add(c);
      }
    }
    if (src[i] !== "]") fail();
    i++;
    const wideSet = (): string[] | undefined => {
      if (negated || !wideOk) return undefined;
      const lower = new Set<string>();
      for (const c of wide) {
        if (c.charCodeAt(0) > 127) return undefined;
        lower.add(c.toLowerCase());
      }
      return [...lower];
    };
    if (negated || big) return { t: "set", chars: null, wide: wideSet() };
    // case-insensitive: a letter in the class stands for both cases
    const lower = new Set<string>();
    for (const c of chars) {
      if (c.charCodeAt(0) > 127) return { t: "set", chars: null };
      lower.add(c.toLowerCase());
    }
    return lower.size <= SMALL_SET ? { t: "set", chars: [...lower] } : { t: "set", chars: null, wide: wideSet() };
  };
  const parseAtom = (): Node | null => {
    const c = src[i]!;
    if (c === "(") {
      i++;
      let zero = false;
      if (src[i] === "?") {
        const k = src.slice(i, i + 3);
        if (k.startsWith("?:")) i += 2;
        else if (k.startsWith("?=") || k.startsWith("?!")) {
          i += 2;
          zero = true;
        } else if (k === "?<=" || k === "?<!") {
          i += 3;
          zero = true;
        } else fail(); // named groups and the like: not modelled
      }
      const from = i;
      const alts = parseAlts();
      if (src[i] !== ")") fail();
      const body = src.slice(from, i);
      i++;
      if (zero && src.slice(from - 3, from) === "?<!") {
        const chars = guardOf(body, alts);
        if (chars !== null) return { t: "guard", chars };
      }
      return zero ? { t: "zero" } : { t: "alt", alts };
    }
    if (c === "[") {
      i++;
      return parseClass();
    }
    if (c === ".") {
      i++;
      return { t: "set", chars: null };
    }
    if (c === "^" || c === "$") {
      i++;
      return { t: "zero" };
    }
    if (c === "\\") {
      const e = src[i + 1];
      if (e === undefined) fail();
      i += 2;
      if (e === "b") return { t: "wb" };
      if (e === "B") return { t: "zero" };
      if (e === "d") return { t: "set", chars: null, wide: DIGIT_CHARS };
      if (e === "w") return { t: "set", chars: null, wide: WORD_CHARS };
      if (e === "s") return { t: "blank" };
      if ("DWS".includes(e!)) return { t: "set", chars: null };
      if (/[0-9kupPxc]/.test(e!)) fail(); // backreferences, escapes we don't model
      if (e === "n" || e === "r" || e === "t" || e === "f" || e === "v") return { t: "set", chars: null };
      return { t: "char", c: e! };
    }
    if (c === ")" || c === "|") return null;
    if (c === "*" || c === "+" || c === "?" || c === "{") fail();
    i++;
    return { t: "char", c };
  };
  const parseQuant = (node: Node): Node => {
    const c = src[i];
    let min = -1;
    let max = -1;
    if (c === "?" || c === "*" || c === "+") {
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
      i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) fail();
      min = Number(m![1]);
      max = m![2] === undefined ? min : m![3] === "" ? Infinity : Number(m![3]);
      i += m![0].length;
    } else return node;
    if (src[i] === "?") i++; // lazy: the same set of possible matches
    if (node.t === "zero" || node.t === "wb") return node;
    return parseQuant({ t: "rep", node, min, max });
  };
  const parseSeq = (): Node[] => {
    const seq: Node[] = [];
    while (i < src.length) {
      const a = parseAtom();
      if (a === null) break;
      seq.push(parseQuant(a));
    }
    return seq;
  };
  const parseAlts = (): Node[][] => {
    const alts = [parseSeq()];
    while (src[i] === "|") {
      i++;
      alts.push(parseSeq());
    }
    return alts;
  };
  const alts = parseAlts();
  if (i !== src.length) fail();
  return alts;
}

/**
 * The body of a negative look-behind that matches one character and nothing else (a class, an
 * escape such as \d, a literal): the ASCII characters it matches without the i flag, in order (a
 * subset of what it matches with it, so a position after one of them can never start the match).
 * Null for anything else (the look-behind is then only a zero-width node).
 */
function guardOf(body: string, alts: Node[][]): string | null {
  if (alts.length !== 1 || alts[0]!.length !== 1) return null;
  const node = alts[0]![0]!;
  if (node.t !== "set" && node.t !== "char" && node.t !== "blank") return null;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${body})$`);
  } catch {
    return null;
  }
  let chars = "";
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) chars += String.fromCharCode(c);
  return chars === "" ? null : chars;
}

const key = (st: State) => `${st.s}\u0000${st.open ? 1 : 0}${st.anchored ? 1 : 0}${st.anywhere ? 1 : 0}\u0000${st.guard ?? ""}`;
function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const st of states) seen.set(key(st), st);
  if (extended) subsume(seen);
  if (seen.size > 4000) throw new Unprovable("too many prefixes");
  return [...seen.values()];
}

/**
 * Extended mode: a closed prefix makes every longer prefix that starts with it redundant
 * (whatever starts with the longer one starts with it), closed or still growing. Dropping them
 * keeps the analysis from multiplying branches that can only end in candidates the shorter
 * prefix lists anyway ("our" BLANK, then "our" BLANK "postgres", "our" BLANK "mysql", ...).
 */
function subsume(seen: Map<string, State>): void {
  const closed = new Set<string>();
  for (const st of seen.values()) if (!st.open && !st.anywhere && st.s !== "") closed.add(st.s);
  if (closed.size === 0) return;
  for (const [k, st] of seen) {
    if (st.anywhere) continue;
    for (let len = 1; len < st.s.length; len++) {
      if (closed.has(st.s.slice(0, len))) {
        seen.delete(k);
        break;
      }
    }
  }
}

/** Extended mode (see literalPrefixes); set while one analysis runs. */
let extended = false;
/** How long the prefixes of the analysis under way may grow. */
let prefixLen = PREFIX_LEN;
/**
 * Extended mode reads prefixes this long: the index looks them up by their first PREFIX_LEN
 * characters and checks the rest of the word before listing a candidate ("config" is no
 * candidate for "consumer").
 */
export const LONG_PREFIX_LEN = 8;

function consume(st: State, chars: string[] | null, wide?: string[]): State[] {
  if (!st.open) return [st];
  if (st.s === "" && extended) {
    // The first character of a match, from a set of any size: at a word start after \b, as
    // prefixes that go on; anywhere else, as single characters where a match may start.
    const first = chars ?? wide ?? null;
    if (first === null) throw new Unprovable("unmodelled first character");
    if (st.anchored && first.every(isWordChar)) {
      return first.map((c) => ({ s: c, open: c.length < prefixLen, anchored: true }));
    }
    for (const c of first) if (c.charCodeAt(0) > 127 && !caseless(c)) throw new Unprovable("cased non-ASCII first character");
    return first.map((c) => ({ s: c, open: false, anchored: st.anchored, anywhere: true, ...(st.guard ? { guard: st.guard } : {}) }));
  }
  if (st.s === "") {
    // the first character of a match: must follow \b and be a known word character
    if (!st.anchored || chars === null || !chars.every(isWordChar)) throw new Unprovable("unanchored");
  }
  if (chars === null) return [{ ...st, open: false }];
  return chars.map((c) => {
    const s = st.s + c;
    return { s, open: s.length < prefixLen, anchored: st.anchored };
  });
}

function closeAll(states: State[]): State[] {
  return states.map((st) => (st.open ? { ...st, open: false } : st));
}

/** The characters of two ordered strings of distinct characters, in order. */
function unionChars(a: string, b: string): string {
  let out = "";
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (a.includes(ch) || b.includes(ch)) out += ch;
  }
  return out;
}

function walkSeq(seq: Node[], states: State[]): State[] {
  for (const n of seq) {
    // closed states pass through every node unchanged: once all are, the rest changes nothing
    if (!states.some((st) => st.open)) break;
    states = dedupe(walk(n, states));
  }
  return states;
}

function walk(n: Node, states: State[]): State[] {
  switch (n.t) {
    case "wb":
      return states.map((st) => (st.open && st.s === "" ? { ...st, anchored: true } : st));
    case "zero":
      return states;
    case "guard":
      // before the match's first character: both guards hold (either one rules a position out)
      return states.map((st) => (st.open && st.s === "" ? { ...st, guard: unionChars(st.guard ?? "", n.chars) } : st));
    case "char": {
      const c = n.c;
      if (c.charCodeAt(0) > 127) {
        // non-ASCII literal: matches only itself (and its non-ASCII case forms); stop here
        return states.flatMap((st) => consume(st, st.s === "" ? [c] : null));
      }
      return states.flatMap((st) => consume(st, [c.toLowerCase()]));
    }
    case "set":
      return states.flatMap((st) => consume(st, n.chars, n.wide));
    case "blank":
      // as a large set (closing the prefix), except inside a prefix of the extended index
      return states.flatMap((st) => consume(st, extended && st.s !== "" ? [BLANK] : null));
    case "alt":
      return n.alts.flatMap((seq) => walkSeq(seq, states));
    case "rep": {
      const out: State[] = [];
      if (n.min === 0) out.push(...states);
      const once = walk(n.node, states);
      // after one iteration, more may follow: stop extending unless exactly one is allowed
      out.push(...(n.max === 1 && n.min <= 1 ? once : closeAll(once)));
      return out;
    }
  }
}

/**
 * The lower-cased literal prefixes (1..PREFIX_LEN characters) one of which every match
 * of `source` (compiled with the i flag, without u) starts with, the match starting at an
 * ASCII word start; null when that can't be shown.
 */
export function literalPrefixes(source: string): string[] | null {
  const starts = analyseStarts(source, false);
  return starts && starts.prefixes;
}

/** Where every match of a pattern may start (extended mode), see matchStarts. */
export type MatchStarts = {
  /** Lower-cased literal prefixes (1..LONG_PREFIX_LEN characters) at an ASCII word start. */
  prefixes: string[];
  /** Single characters (ASCII lower-cased, or a non-ASCII character without case) at any position. */
  anywhere: string[];
  /**
   * Per character of `anywhere` that every match starting with it guards with a negative
   * look-behind of one character (`(?<![\w.,:])\d`): the ASCII characters that, just before it,
   * rule the position out (those every such match excludes).
   */
  guards: Map<string, string>;
};

/**
 * literalPrefixes, extended: a match's first character may also come from a large set of
 * word characters after \b (`\b\d+%`, `\b\w+\.\w+`: one-character prefixes, one per
 * character of the set), or sit anywhere, with or without \b before it (`(?<![\w.,])\d`,
 * `->|→`: the character itself, at every position where it occurs). null when not every
 * match start can be shown to be one of those.
 */
export function matchStarts(source: string): MatchStarts | null {
  // long prefixes when they stay few, else the usual ones
  return analyseStarts(source, true, LONG_PREFIX_LEN) ?? analyseStarts(source, true, PREFIX_LEN);
}

/** More one-letter prefixes than this, and matchStarts gives up (see analyseStarts). */
const MAX_LETTER_STARTS = 12;

function analyseStarts(source: string, ext: boolean, len = PREFIX_LEN): MatchStarts | null {
  extended = ext;
  prefixLen = len;
  try {
    const final = walkSeq([{ t: "alt", alts: parse(source) }], [{ s: "", open: true, anchored: false }]);
    const prefixes = new Set<string>();
    const anywhere = new Set<string>();
    // per character anywhere: the characters every state that starts with it excludes before it
    // ("": some state excludes none)
    const guards = new Map<string, string>();
    let wordStarts = 0;
    for (const st of final) {
      if (st.s === "") return null;
      if (st.anywhere) {
        const before = guards.get(st.s);
        const g = st.guard ?? "";
        guards.set(st.s, before === undefined ? g : [...before].filter((c) => g.includes(c)).join(""));
      }
      (st.anywhere ? anywhere : prefixes).add(st.s);
      if (!st.anywhere && st.s.length === 1 && st.s > "9") wordStarts++;
    }
    // A pattern that may start at (almost) any word that starts with a letter (`\b\w+…`)
    // gains nothing: trying it at every word start costs more than one scan of the text.
    if (ext && wordStarts > MAX_LETTER_STARTS) return null;
    for (const [c, g] of guards) if (g === "") guards.delete(c);
    return { prefixes: [...prefixes], anywhere: [...anywhere], guards };
  } catch (e) {
    if (e instanceof Unprovable) return null;
    throw e;
  } finally {
    extended = false;
    prefixLen = PREFIX_LEN;
  }
}

/**
 * In the index, one character stands for every character \s matches: a prefix of the extended
 * index reads \s as BLANK ("we\s(?:decided|agreed)" → "we" BLANK "dec", "we" BLANK "agr"), and a
 * blank in a prefix (a literal space) is stored as BLANK, which admits more texts, never fewer.
 * A text's characters are looked up by keyCode: every blank as BLANK_CODE.
 */
const BLANK = "\u0001";
const BLANK_CODE = 1;
const ASCII_BLANK = /[\t\n\v\f\r ]/g;
const NON_ASCII_BLANK = /\s/;
/** keyCode of each ASCII character. */
const ASCII_KEYS = Uint8Array.from({ length: 128 }, (_, c) => (c === 32 || (c >= 9 && c <= 13) ? BLANK_CODE : c >= 65 && c <= 90 ? c + 32 : c));
/** A text character as the index looks it up: lower-cased ASCII, BLANK_CODE for a blank, -1 for the rest. */
function keyCode(c: number): number {
  if (c < 128) return ASCII_KEYS[c]!;
  return NON_ASCII_BLANK.test(String.fromCharCode(c)) ? BLANK_CODE : -1;
}

const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isWordCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || c === 95;

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Slots whose prefixes start with the same three characters. Per slot, what its prefixes
 * allow in the characters after those three (`tails`): one 128-bit set (4 words) per
 * position, as many positions as all its prefixes constrain; empty when any word will do.
 * A set per position admits more words than the prefixes themselves: never fewer.
 */
type ThreeEntry = {
  ids: number[];
  tails: Uint32Array[];
  raw: Array<string[] | null>;
  /**
   * The same tests as `tails`, transposed (built on first use, dropped when a slot is added), in
   * one table per 32 slots (the prefixes of over 32 patterns start with "the"): masks[w][j *
   * MASK_ROW + c] has bit k set when slot ids[32 * w + k] admits character c at position j after
   * the first three (every character, and NO_CHAR, at a position it doesn't constrain); the last
   * column of a row stands for NO_CHAR (past the end of the text, or a character keyCode reads
   * as -1). One AND per position answers for 32 slots at once.
   */
  masks: Int32Array[] | null;
  /** Positions any slot constrains (how many characters after the first three `masks` reads). */
  positions: number;
};

/** Row width of ThreeEntry.masks: 128 ASCII characters and NO_CHAR (column 128). */
const MASK_ROW = 129;

function buildMasks(entry: ThreeEntry): void {
  let positions = 0;
  for (const t of entry.tails) positions = Math.max(positions, t.length >> 2);
  const masks = Array.from({ length: Math.ceil(entry.ids.length / 32) }, () => new Int32Array(positions * MASK_ROW));
  entry.tails.forEach((t, k) => {
    const table = masks[k >> 5]!;
    const bit = 1 << (k & 31);
    const own = t.length >> 2;
    for (let j = 0; j < positions; j++) {
      const row = j * MASK_ROW;
      if (j >= own) {
        for (let c = 0; c < MASK_ROW; c++) table[row + c]! |= bit;
        continue;
      }
      for (let c = 0; c < 128; c++) if (((t[4 * j + (c >> 5)]! >>> (c & 31)) & 1) !== 0) table[row + c]! |= bit;
    }
  });
  entry.masks = masks;
  entry.positions = positions;
}

function add(out: Array<number[] | undefined>, id: number, pos: number): void {
  const list = out[id];
  if (list === undefined) out[id] = [pos];
  else if (list[list.length - 1] !== pos) list.push(pos);
}

function addAll(out: Array<number[] | undefined>, ids: readonly number[], pos: number): void {
  for (let k = 0; k < ids.length; k++) add(out, ids[k]!, pos);
}

/** Per position after the first three characters, the set of characters `tails` allow (see ThreeEntry). */
function tailSets(tails: readonly string[] | null): Uint32Array {
  if (tails === null || tails.length === 0) return new Uint32Array(0);
  const positions = Math.min(...tails.map((t) => t.length));
  const sets = new Uint32Array(4 * positions);
  for (const t of tails) {
    for (let j = 0; j < positions; j++) {
      const c = t.charCodeAt(j);
      sets[4 * j + (c >> 5)]! |= 1 << (c & 31);
    }
  }
  return sets;
}

/** Bits of PrefixIndex.charFlags: an ASCII word character (\w); a character that may start a match anywhere. */
const WORD_FLAG = 1;
const ANY_FLAG = 2;
/** An ASCII letter (A-Z, a-z): what candidates() reads `letterRuns` by. */
const LETTER_FLAG = 4;

/**
 * Slots of patterns by literal prefix: arrays for 1 and 2 characters, a map for 3. An
 * extended index (`new PrefixIndex(true)`, what the engine uses) reads patterns with
 * matchStarts instead of literalPrefixes, and also lists the positions of single characters
 * anywhere in the text.
 */
export class PrefixIndex {
  slots = 0;
  constructor(private readonly extended = false) {}
  /** Slots by a character that may start a match anywhere: ASCII (lower-cased) in an array, others in a map. */
  private readonly anyAscii: Array<number[] | undefined> = new Array(128);
  /**
   * Beside each list of anyAscii, per slot, the characters that rule a position out when they
   * stand just before it (MatchStarts.guards: 1 at their codes), or null; the whole list is null
   * while no slot of the character has a guard.
   */
  private readonly anyAsciiGuards: Array<Array<Uint8Array | null> | null> = new Array<Array<Uint8Array | null> | null>(128).fill(null);
  private readonly anyOther = new Map<number, number[]>();
  /**
   * Per ASCII character, WORD_FLAG when it is a word character and ANY_FLAG when anyAscii lists
   * slots for it (lower-cased): one lookup tells candidates() whether a character needs a look.
   */
  private readonly charFlags = new Uint8Array(128).map((_, c) => (isWordCode(c) ? WORD_FLAG : 0) | (isLetterCode(c) ? LETTER_FLAG : 0));
  private readonly one: Array<number[] | undefined> = new Array(128);
  private readonly two: Array<number[] | undefined> = new Array(128 * 128);
  /** (c0, c1) pairs with at least one 3-character prefix. */
  private readonly hasThree = new Uint8Array(128 * 128);
  /**
   * Slots by their first three characters, each with the rest of its prefixes that start
   * with them (`tails`, lower-cased), or null when any word with those three will do.
   */
  private readonly threeSub: Array<Array<ThreeEntry | undefined> | undefined> = new Array(128 * 128);

  /** Registers a pattern; returns its slot, or -1 when it has no provable prefixes. */
  add(source: string): number {
    const starts = this.extended ? matchStarts(source) : analyseStarts(source, false);
    if (!starts) return -1;
    const slot = this.slots++;
    for (const c of starts.anywhere) {
      const code = c.charCodeAt(0);
      let list: number[] | undefined;
      if (code < 128) list = this.anyAscii[code] ??= [];
      else {
        list = this.anyOther.get(code);
        if (!list) this.anyOther.set(code, (list = []));
      }
      if (!list.includes(slot)) {
        list.push(slot);
        // a guard is kept for ASCII characters only (any other is listed wherever it occurs)
        const guard = code < 128 ? (starts.guards?.get(c) ?? null) : null;
        if (code < 128 && (guard !== null || this.anyAsciiGuards[code] !== null)) {
          const guards = (this.anyAsciiGuards[code] ??= list.slice(0, -1).map(() => null));
          let bits: Uint8Array | null = null;
          if (guard !== null) {
            bits = new Uint8Array(128);
            for (let k = 0; k < guard.length; k++) bits[guard.charCodeAt(k)] = 1;
          }
          guards.push(bits);
        }
      }
    }
    for (let c = 0; c < 128; c++) if (this.anyAscii[lowerCode(c)] !== undefined) this.charFlags[c]! |= ANY_FLAG;
    for (const literal of starts.prefixes) {
      const p = literal[0] + literal.slice(1).replace(ASCII_BLANK, BLANK);
      const c0 = p.charCodeAt(0);
      const c1 = p.charCodeAt(1);
      let list: number[] | undefined;
      if (p.length === 1) list = this.one[c0] ??= [];
      else if (p.length === 2) list = this.two[c0 * 128 + c1] ??= [];
      else {
        const sub = (this.threeSub[c0 * 128 + c1] ??= new Array<ThreeEntry | undefined>(128).fill(undefined));
        const entry = (sub[p.charCodeAt(2)] ??= { ids: [], tails: [], raw: [], masks: null, positions: 0 });
        entry.masks = null;
        this.hasThree[c0 * 128 + c1] = 1;
        let at = entry.ids.indexOf(slot);
        if (at < 0) {
          at = entry.ids.push(slot) - 1;
          entry.raw.push([]);
        }
        const tail = p.slice(PREFIX_LEN);
        const raw = entry.raw[at]!;
        if (tail === "") entry.raw[at] = null;
        else if (raw !== null && !raw.includes(tail)) raw.push(tail);
        entry.tails[at] = tailSets(entry.raw[at]!);
        continue;
      }
      if (!list.includes(slot)) list.push(slot);
    }
    return slot;
  }

  /**
   * Per slot, the word starts of `text` that begin (case-insensitively, ASCII) with one of
   * its prefixes, ascending; undefined for slots with none. Prefixes are ASCII only, so a
   * non-ASCII character ends the lookup.
   *
   * `letterRuns`, when given, receives the words this pass reads anyway, for a caller that would
   * otherwise read the text again for them: every maximal run of ASCII word characters (\w) that
   * holds letters only, as its start and end (exclusive), in text order.
   */
  candidates(text: string, letterRuns?: number[]): Array<number[] | undefined> {
    const out: Array<number[] | undefined> = new Array<number[] | undefined>(this.slots).fill(undefined);
    const flags = this.charFlags;
    // (module constants are context loads in V8, checked at every use: local copies in loops)
    const WORD = WORD_FLAG;
    const ANY = ANY_FLAG;
    const LETTER = LETTER_FLAG;
    const otherAnywhere = this.anyOther.size > 0;
    const n = text.length;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c >= 128) {
        // not a word character; it may only start a match anywhere
        if (otherAnywhere) {
          const ids = this.anyOther.get(c);
          if (ids !== undefined) addAll(out, ids, p);
        }
        p++;
        continue;
      }
      const f = flags[c]!;
      if ((f & ANY) !== 0) this.addAnywhere(out, text, p, c);
      if ((f & WORD) === 0) {
        p++;
        continue;
      }
      // a word start (the character before, if any, is no ASCII word character)
      this.addWordStart(out, text, p, lowerCode(c));
      const start = p;
      // all flags of the word's characters and-ed: LETTER stays set when all are letters
      let all = f;
      // the rest of the word: none of it is a word start, but a character in it may start a match anywhere
      for (p++; p < n; p++) {
        const d = text.charCodeAt(p);
        if (d >= 128) break;
        const g = flags[d]!;
        if ((g & WORD) === 0) break;
        all &= g;
        if ((g & ANY) !== 0) this.addAnywhere(out, text, p, d);
      }
      if (letterRuns !== undefined && (all & LETTER) !== 0) letterRuns.push(start, p);
    }
    return out;
  }

  /** Lists p for the slots whose match may start with the ASCII character c anywhere (anyAscii). */
  private addAnywhere(out: Array<number[] | undefined>, text: string, p: number, c: number): void {
    const lc = lowerCode(c);
    const ids = this.anyAscii[lc]!;
    const guards = this.anyAsciiGuards[lc]!;
    if (guards === null) {
      addAll(out, ids, p);
      return;
    }
    // a slot whose every match here needs the character before not to be one of its guard's
    const before = p > 0 ? text.charCodeAt(p - 1) : 128;
    for (let k = 0; k < ids.length; k++) {
      const g = guards[k]!;
      if (g === null || before >= 128 || g[before] === 0) add(out, ids[k]!, p);
    }
  }

  /**
   * Lists p, a word start whose first character is c0 (lower-cased), for the slots one of whose
   * prefixes the word may start with.
   */
  private addWordStart(out: Array<number[] | undefined>, text: string, p: number, c0: number): void {
    const n = text.length;
    let ids = this.one[c0];
    if (ids !== undefined) addAll(out, ids, p);
    if (p + 1 >= n) return;
    const c1 = keyCode(text.charCodeAt(p + 1));
    if (c1 < 0) return;
    const k2 = c0 * 128 + c1;
    ids = this.two[k2];
    if (ids !== undefined) addAll(out, ids, p);
    if (p + 2 >= n || this.hasThree[k2] === 0) return;
    const c2 = keyCode(text.charCodeAt(p + 2));
    if (c2 < 0) return;
    const entry = this.threeSub[k2]![c2];
    if (entry === undefined) return;
    if (entry.masks === null) buildMasks(entry);
    const { ids: ids3, masks, positions } = entry;
    // (module constants are context loads in V8, checked at every use: local copies in loops,
    // made int32 with `| 0` so that the loop keeps them untagged)
    const row = MASK_ROW | 0;
    const keys = ASCII_KEYS;
    const first = p + PREFIX_LEN;
    for (let w = 0; w < masks!.length; w++) {
      const table = masks![w]!;
      // bit k stays set while slot ids3[32 * w + k] admits every character so far
      const left = ids3.length - 32 * w;
      let ok = left >= 32 ? -1 : (1 << left) - 1;
      for (let j = 0; j < positions && ok !== 0; j++) {
        const at = first + j;
        // the column of the character as keyCode reads it; the last one (NO_CHAR) past the end or for -1
        let col = 128;
        if (at < n) {
          const c = text.charCodeAt(at);
          const k = c < 128 ? keys[c]! : keyCode(c);
          if (k >= 0) col = k;
        }
        ok &= table[j * row + col]!;
      }
      while (ok !== 0) {
        const low = ok & -ok;
        add(out, ids3[32 * w + 31 - Math.clz32(low)]!, p);
        ok ^= low;
      }
    }
  }
}

/**
 * A pattern prepared for scanning with an index's candidates: the same matches, in the same
 * order, as a global scan of the text with `re`, trying a sticky copy only where the index
 * says a match may start (every pattern of the index when `slot` >= 0; a plain global scan
 * otherwise).
 */
export class IndexedPattern {
  readonly slot: number;
  private readonly global: RegExp;
  private readonly sticky: RegExp | null;

  constructor(index: PrefixIndex, re: RegExp) {
    const flags = re.flags.replace(/[gy]/g, "");
    this.global = new RegExp(re.source, flags + "g");
    // the prefilter's soundness argument needs ASCII-only \b and \w: no u (or v) flag
    this.slot = /[uv]/.test(flags) ? -1 : index.add(re.source);
    this.sticky = this.slot >= 0 ? new RegExp(re.source, flags + "y") : null;
  }

  /**
   * Calls `each` for every match, left to right; matches never overlap, an empty one advances by one.
   * The scan stops early when `each` returns false.
   */
  scan(text: string, cands: ReadonlyArray<number[] | undefined>, each: (m: RegExpExecArray) => unknown): void {
    if (this.sticky === null) {
      const re = this.global;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        if (each(m) === false) return;
      }
      return;
    }
    // the walk of `spans`; only a match (few of the tries) is run again with exec for its array
    const re = this.sticky;
    this.spans(text, cands, (start) => {
      re.lastIndex = start;
      return each(re.exec(text)!);
    });
  }

  /**
   * scan, with each match given as its span text[start, end) rather than a match array: on the
   * prefilter's path a sticky match starts where it is tried and ends at lastIndex, so `test` finds
   * it without the array and the substring that exec builds for every try (most tries fail).
   */
  spans(text: string, cands: ReadonlyArray<number[] | undefined>, each: (start: number, end: number) => unknown): void {
    if (this.sticky === null) {
      this.scan(text, cands, (m) => each(m.index, m.index + m[0].length));
      return;
    }
    const list = cands[this.slot];
    if (list === undefined) return;
    const re = this.sticky;
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p < pos) continue;
      re.lastIndex = p;
      if (!re.test(text)) continue;
      const end = re.lastIndex;
      pos = end > p ? end : p + 1;
      if (each(p, end) === false) return;
    }
  }

  /**
   * How many matches a global scan finds (what `text.match(re).length` counts), or `limit` when
   * there are at least that many (the scan stops there).
   */
  count(text: string, cands: ReadonlyArray<number[] | undefined>, limit = Infinity): number {
    let n = 0;
    if (n >= limit) return n;
    this.spans(text, cands, () => ++n < limit);
    return n;
  }
}
