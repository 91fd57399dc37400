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

type State = { s: string; open: boolean; anchored: boolean };
class Unprovable extends Error {}

type Node =
  | { t: "alt"; alts: Node[][] }
  | { t: "char"; c: string }
  | { t: "set"; chars: string[] | null } // null: too many or not modelled
  | { t: "zero" } // \b handled separately; lookarounds, \B, ^, $
  | { t: "wb" }
  | { t: "rep"; node: Node; min: number; max: number };

const isWordChar = (c: string) => /^[A-Za-z0-9_]$/.test(c);
const SMALL_SET = 6;

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
        continue;
      }
      if (!isSet) chars.add(c);
    }
    if (src[i] !== "]") fail();
    i++;
    if (negated || big) return { t: "set", chars: null };
    // case-insensitive: a letter in the class stands for both cases
    const lower = new Set<string>();
    for (const c of chars) {
      if (c.charCodeAt(0) > 127) return { t: "set", chars: null };
      lower.add(c.toLowerCase());
    }
    return lower.size <= SMALL_SET ? { t: "set", chars: [...lower] } : { t: "set", chars: null };
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
      const alts = parseAlts();
      if (src[i] !== ")") fail();
      i++;
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
      if ("dDwWsS".includes(e!)) return { t: "set", chars: null };
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

const key = (st: State) => `${st.s}\u0000${st.open ? 1 : 0}${st.anchored ? 1 : 0}`;
function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const st of states) seen.set(key(st), st);
  if (seen.size > 4000) throw new Unprovable("too many prefixes");
  return [...seen.values()];
}

function consume(st: State, chars: string[] | null): State[] {
  if (!st.open) return [st];
  if (st.s === "") {
    // the first character of a match: must follow \b and be a known word character
    if (!st.anchored || chars === null || !chars.every(isWordChar)) throw new Unprovable("unanchored");
  }
  if (chars === null) return [{ ...st, open: false }];
  return chars.map((c) => {
    const s = st.s + c;
    return { s, open: s.length < PREFIX_LEN, anchored: st.anchored };
  });
}

function closeAll(states: State[]): State[] {
  return states.map((st) => (st.open ? { ...st, open: false } : st));
}

function walkSeq(seq: Node[], states: State[]): State[] {
  for (const n of seq) states = dedupe(walk(n, states));
  return states;
}

function walk(n: Node, states: State[]): State[] {
  switch (n.t) {
    case "wb":
      return states.map((st) => (st.open && st.s === "" ? { ...st, anchored: true } : st));
    case "zero":
      return states;
    case "char": {
      const c = n.c;
      if (c.charCodeAt(0) > 127) {
        // non-ASCII literal: matches only itself (and its non-ASCII case forms); stop here
        return states.flatMap((st) => consume(st, st.s === "" ? [c] : null));
      }
      return states.flatMap((st) => consume(st, [c.toLowerCase()]));
    }
    case "set":
      return states.flatMap((st) => consume(st, n.chars));
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
  try {
    const final = walkSeq([{ t: "alt", alts: parse(source) }], [{ s: "", open: true, anchored: false }]);
    const out = new Set<string>();
    for (const st of final) {
      if (st.s === "") return null;
      out.add(st.s);
    }
    return [...out];
  } catch (e) {
    if (e instanceof Unprovable) return null;
    throw e;
  }
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Slots of patterns by literal prefix: arrays for 1 and 2 characters, a map for 3. */
export class PrefixIndex {
  slots = 0;
  private readonly one: Array<number[] | undefined> = new Array(128);
  private readonly two: Array<number[] | undefined> = new Array(128 * 128);
  /** (c0, c1) pairs with at least one 3-character prefix. */
  private readonly hasThree = new Uint8Array(128 * 128);
  private readonly three = new Map<number, number[]>();

  /** Registers a pattern; returns its slot, or -1 when it has no provable prefixes. */
  add(source: string): number {
    const prefixes = literalPrefixes(source);
    if (!prefixes) return -1;
    const slot = this.slots++;
    for (const p of prefixes) {
      const c0 = p.charCodeAt(0);
      const c1 = p.charCodeAt(1);
      let list: number[] | undefined;
      if (p.length === 1) list = this.one[c0] ??= [];
      else if (p.length === 2) list = this.two[c0 * 128 + c1] ??= [];
      else {
        const k = p.charCodeAt(2) * 16384 + (c0 * 128 + c1);
        list = this.three.get(k);
        if (!list) this.three.set(k, (list = []));
        this.hasThree[c0 * 128 + c1] = 1;
      }
      if (!list.includes(slot)) list.push(slot);
    }
    return slot;
  }

  /**
   * Per slot, the word starts of `text` that begin (case-insensitively, ASCII) with one of
   * its prefixes, ascending; undefined for slots with none. Prefixes are ASCII only, so a
   * non-ASCII character ends the lookup.
   */
  candidates(text: string): Array<number[] | undefined> {
    const out: Array<number[] | undefined> = new Array(this.slots);
    const add = (ids: readonly number[], pos: number) => {
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const list = out[id];
        if (list === undefined) out[id] = [pos];
        else if (list[list.length - 1] !== pos) list.push(pos);
      }
    };
    const n = text.length;
    let prevWord = false;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      const w = isWordCode(c);
      if (!w || prevWord) {
        prevWord = w;
        continue;
      }
      prevWord = true;
      const c0 = lowerCode(c);
      let ids = this.one[c0];
      if (ids !== undefined) add(ids, p);
      if (p + 1 >= n) continue;
      const c1 = lowerCode(text.charCodeAt(p + 1));
      if (c1 > 127) continue;
      const k2 = c0 * 128 + c1;
      ids = this.two[k2];
      if (ids !== undefined) add(ids, p);
      if (p + 2 >= n || this.hasThree[k2] === 0) continue;
      const c2 = lowerCode(text.charCodeAt(p + 2));
      if (c2 > 127) continue;
      ids = this.three.get(c2 * 16384 + k2);
      if (ids !== undefined) add(ids, p);
    }
    return out;
  }
}
