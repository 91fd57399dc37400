// The learned layer of the rubric engine (docs/decisions/004, session 4).
//
// The rules of rules.ts are precise but cannot list every way people say a thing. This layer
// reads each sentence as a bag of word features (light stems, word pairs, number shapes,
// negated and hypothetical words marked) and holds, per checklist item, a weight for each
// feature, learned from the labelled tuning answers by scripts/train-rubric-layer.ts and
// shipped as data (learned-weights.json). An item the rules miss is met when one sentence's
// weights add up past the item's threshold; the words that carried the sentence are its
// evidence, so the candidate still sees exactly which words earned it.
//
// Pure TypeScript, no imports outside lib/rubric, runs in the browser like the rest.

import { blockedAt, type Analysed, type Sentence } from "./text";
import { ITEM_IDS, type ItemId, type SectionKey } from "./types";

/** Weights as shipped: per feature, pairs of (index into ITEM_IDS, weight). */
export type LearnedModel = {
  version: number;
  /** Logit bias per item, in ITEM_IDS order. */
  bias: number[];
  /** Per item, in ITEM_IDS order: the sentence logit at or above which the item is met. */
  met: number[];
  features: Record<string, Array<[number, number]>>;
};

/** One feature of a sentence and the characters that produced it. */
export type FeatureHit = { f: string; start: number; end: number };

const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?|\d+(?:[.,:]\d+)*/g;

const UNIT_CLASS: Record<string, string> = {};
for (const [cls, words] of Object.entries({
  time: "ms millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks month months year years",
  rate: "qps rps tps ops iops rpm req reqs request requests write writes read reads query queries message messages event events",
  size: "b kb mb gb tb pb kib mib gib tib byte bytes",
  count: "k m million millions billion billions thousand thousands hundred node nodes server servers host hosts replica replicas shard shards tenant tenants customer customers user users row rows record records object objects key keys file files",
  factor: "x times",
  nines: "nine nines",
})) {
  for (const w of words.split(" ")) UNIT_CLASS[w] = cls;
}

const STEMS = new Map<string, string>();
const MAX_STEMS = 50_000;

/** A light stemmer: enough that "added", "adding" and "adds" meet, and British spellings too. */
export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out === undefined) {
    out = stemUncached(word);
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, out);
  }
  return out;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
  if (/^p\d+$/.test(w)) return "pNN";
  if (w.length > 6) w = w.replace(/isation$/, "ization").replace(/is(e|ed|es|ing)$/, "iz$1").replace(/our$/, "or");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const FIRST_PERSON = new Set(["i", "my", "me", "myself", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve"]);
const TEAM_VOICE = new Set(["we", "our", "us", "ourselves", "we're", "we’re", "we'd", "we’d", "we've", "we’ve"]);

/**
 * The features of one sentence of an analysed section. Unigrams and word pairs of stems, a
 * number's shape ("#n:time" for "40 minutes", "#n:pct" for "99.9%"), the section, the voice
 * ("#I", "#we"). A word under a negation cue is "!stem", under a hypothetical one "?stem", as
 * blockedAt judges it for the rules, so "we had no canary" does not look like "we had a canary".
 */
export function sentenceFeatures(
  a: Analysed,
  s: Sentence,
  section: SectionKey | "answer",
  /** When given, word pairs are built only when their first word is in it (the model's pairs). */
  pairStarts?: ReadonlySet<string>,
): FeatureHit[] {
  const out: FeatureHit[] = [];
  const text = a.text;
  TOKEN.lastIndex = s.start;
  const toks: Array<{ stem: string; start: number; end: number; num: boolean }> = [];
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < s.end) {
    const raw = m[0];
    const c0 = raw.charCodeAt(0);
    const num = c0 >= 48 && c0 <= 57;
    toks.push({ stem: num ? "#n" : stem(raw), start: m.index, end: m.index + raw.length, num });
    if (raw.length <= 5) {
      const lower = raw.toLowerCase();
      if (FIRST_PERSON.has(lower)) out.push({ f: "#I", start: m.index, end: m.index + raw.length });
      else if (TEAM_VOICE.has(lower)) out.push({ f: "#we", start: m.index, end: m.index + raw.length });
    }
  }
  const prefixes: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.num) {
      prefixes.push("");
      out.push({ f: "#n", start: t.start, end: t.end });
      const after = text.charAt(t.end);
      const next = toks[i + 1];
      let cls: string | undefined;
      if (after === "%") cls = "pct";
      else if (/[a-z]/i.test(after)) {
        const glued = /^[a-z]+/i.exec(text.slice(t.end, t.end + 8))?.[0].toLowerCase();
        cls = glued ? UNIT_CLASS[glued] : undefined;
      } else if (next && !next.num && next.start - t.end <= 1) cls = UNIT_CLASS[text.slice(next.start, next.end).toLowerCase()];
      if (cls) out.push({ f: `#n:${cls}`, start: t.start, end: next && cls !== "pct" ? next.end : t.end + 1 });
      continue;
    }
    const cue = a.cues.length > 0 ? blockedAt(a, t.start) : null;
    const prefix = cue === "negation" ? "!" : cue === "hypothetical" ? "?" : "";
    prefixes.push(prefix);
    out.push({ f: prefix + t.stem, start: t.start, end: t.end });
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const x = toks[i]!;
    const y = toks[i + 1]!;
    const first = `${prefixes[i]}${x.stem}`;
    if ((pairStarts && !pairStarts.has(first)) || breaksBetween(text, x.end, y.start)) continue;
    out.push({ f: `${first}_${y.stem}`, start: x.start, end: y.end });
  }
  out.push({ f: `§${section}`, start: s.start, end: s.start });
  return out;
}

/** Punctuation between two words ends a word pair. */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ; : ! ? , ( )
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 44 || c === 40 || c === 41) return true;
  }
  return false;
}

export type LearnedSentence = {
  /** Per item: the sentence's logit. */
  logits: Float64Array;
  hits: FeatureHit[];
  /** Per hit: its feature's weights (null when the model does not know it). */
  weights: Array<Array<[number, number]> | null>;
};

type Compiled = { table: Map<string, Array<[number, number]>>; pairStarts: Set<string> };
const COMPILED = new WeakMap<LearnedModel, Compiled>();

function compiled(model: LearnedModel): Compiled {
  let c = COMPILED.get(model);
  if (!c) {
    const table = new Map(Object.entries(model.features));
    const pairStarts = new Set<string>();
    for (const f of table.keys()) {
      const i = f.indexOf("_");
      if (i > 0) pairStarts.add(f.slice(0, i));
    }
    c = { table, pairStarts };
    COMPILED.set(model, c);
  }
  return c;
}

/** The first words of the model's word pairs: pass to sentenceFeatures to skip the others. */
export function pairStartsOf(model: LearnedModel): ReadonlySet<string> {
  return compiled(model).pairStarts;
}

/** Scores one sentence under the model. */
export function scoreSentence(model: LearnedModel, hits: FeatureHit[]): LearnedSentence {
  const logits = Float64Array.from(model.bias);
  const weights: Array<Array<[number, number]> | null> = [];
  const seen = new Set<string>();
  const { table } = compiled(model);
  for (const h of hits) {
    if (seen.has(h.f)) {
      weights.push(null);
      continue;
    }
    seen.add(h.f);
    const ws = table.get(h.f) ?? null;
    weights.push(ws);
    if (ws) for (const [item, w] of ws) logits[item] = logits[item]! + w;
  }
  return { logits, hits, weights };
}

// Words too common to show a candidate as "what earned it", even when the model leans on them.
const NOT_EVIDENCE = new Set(
  "a an the and or but so to of in on at for by with from into as is was were be been are it its this that these those then than there their they them he she his her we our us i my me you your not no".split(" ").map(stem),
);

/** Can this feature be shown as evidence? Content words and pairs, not voice, section or a negated word. */
function showable(f: string): boolean {
  const c = f.charCodeAt(0);
  if (c === 35 /* # */ ) return f.startsWith("#n:");
  if (c === 167 /* § */ || c === 33 /* ! */ || c === 63 /* ? */) return false;
  if (f.includes("_")) return f.split("_").some((part) => !NOT_EVIDENCE.has(part) && part !== "#n");
  return !NOT_EVIDENCE.has(f);
}

/** A word shown as evidence carried at least this much of the sentence's logit. */
const MIN_EVIDENCE_WEIGHT = 0.2;

/**
 * The hits that carried item `item` most in a scored sentence (exact spans, in text order):
 * content words and word pairs with a positive weight, never a negated or hypothetical word.
 */
export function carriers(scored: LearnedSentence, item: number, max = 3): FeatureHit[] {
  const pos: Array<{ hit: FeatureHit; w: number }> = [];
  scored.hits.forEach((hit, i) => {
    const ws = scored.weights[i];
    if (!ws || hit.end <= hit.start || !showable(hit.f)) return;
    for (const [it, w] of ws) if (it === item && w >= MIN_EVIDENCE_WEIGHT) pos.push({ hit, w });
  });
  pos.sort((x, y) => y.w - x.w);
  const out: FeatureHit[] = [];
  for (const p of pos) {
    if (out.some((o) => o.start < p.hit.end && p.hit.start < o.end)) continue;
    out.push(p.hit);
    if (out.length >= max) break;
  }
  return out.sort((x, y) => x.start - y.start);
}

export const ITEM_INDEX: ReadonlyMap<ItemId, number> = new Map(ITEM_IDS.map((id, i) => [id, i]));
