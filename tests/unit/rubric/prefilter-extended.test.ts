import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { ENGINE_PATTERNS } from "@/lib/rubric/engine";
import { IndexedPattern, matchStarts, PrefixIndex } from "@/lib/rubric/prefilter";
import { RULES } from "@/lib/rubric/rules";
import { PAST_RE, pastWords, TEXT_PATTERNS } from "@/lib/rubric/text";
import { seededRandom } from "@/scripts/lib/seeded-random";

// The engine's index is extended (`new PrefixIndex(true)`): besides literal prefixes it
// admits first characters from large sets after \b (one-character prefixes), single
// characters anywhere (`(?<![\w.,])\d`, `->|→`) and checks up to LONG_PREFIX_LEN characters
// of a word before listing it. Its claim is the same as the basic index's (prefilter.test.ts):
// every position where a pattern can match is one of its candidates, so a sticky copy run
// only there finds exactly the matches of a global scan. This checks it for every rule
// pattern and every analysis pattern, at every position of the rule examples, the fixture
// answers and seeded soups with Unicode traps.

const PATTERNS: Array<{ name: string; re: RegExp }> = [
  ...RULES.flatMap((r) => [
    ...r.met.map((s, i) => ({ name: `${r.id} met[${i}]`, re: new RegExp(s.find, "gi") })),
    ...r.partial.map((s, i) => ({ name: `${r.id} partial[${i}]`, re: new RegExp(s.find, "gi") })),
  ]),
  ...Object.entries({ ...TEXT_PATTERNS, ...ENGINE_PATTERNS }).map(([name, re]) => ({ name, re })),
];

const INDEX = new PrefixIndex(true);
const PREPARED = PATTERNS.map((p) => ({ ...p, ip: new IndexedPattern(INDEX, p.re) }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith(".json") ? [p] : [];
  });
}

const EXAMPLES = RULES.flatMap((r) => [...r.examples.met, ...r.examples.partial, ...r.examples.missing]);
const ANSWERS = filesUnder(join(__dirname, "../../fixtures/rubric"))
  .flatMap((f) => {
    try {
      const s = (JSON.parse(readFileSync(f, "utf8")) as { sections?: Record<string, unknown> }).sections;
      return s ? Object.values(s).filter((v): v is string => typeof v === "string" && v.length > 0) : [];
    } catch {
      return [];
    }
  })
  .filter((_, i) => i % 3 === 0);

const WORDS = [...new Set(EXAMPLES.flatMap((e) => e.split(/\s+/)))];
const ODD = ["İ", "ı", "ſ", "\u212A", "’", "😀", "שרת", "\u00a0", "\u200b", "é", "ß", "ｋａｆｋａ", "->", "→", "=>", "1,200", "99.9%", "p99", "n't", "N’T", "12:30", "MAX_CONNS", "a.b.c to"];
const SEPS = [" ", " ", " ", ", ", ". ", "\n", "-", "", "(", "’", "\t", "_", ".", "/"];
function soup(seed: number, tokens: number): string {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < tokens; i++) {
    let tok = r() < 0.8 ? pick(WORDS) : pick(ODD);
    const c = r();
    if (c < 0.15) tok = tok.toUpperCase();
    else if (c < 0.3) tok = [...tok].map((ch) => (r() < 0.5 ? ch.toUpperCase() : ch)).join("");
    out.push(tok, pick(SEPS));
  }
  return out.join("");
}

const TEXTS: string[] = [
  EXAMPLES.join(" "),
  EXAMPLES.join("\n").toUpperCase(),
  EXAMPLES.join(""),
  ...ANSWERS,
  ...[1, 2, 3, 4, 5, 6].map((seed) => soup(seed, 400)),
  "İ was the owner. \u212Aafka ſlo 😀kafka🔥 12ms→3ms 1->2 a=>b 99.9% p99.9 don’t DON'T max_conns foo.bar.baz to 3",
  "",
];

describe("extended prefilter: every match start is a candidate", () => {
  it("gives most patterns a slot, including the ones that start with a number or an arrow", () => {
    const slotted = PREPARED.filter((p) => p.ip.slot >= 0).map((p) => p.name);
    expect(slotted.length).toBeGreaterThan(PATTERNS.length * 0.8);
    expect(slotted).toContain("scale met[0]");
    expect(slotted).toContain("quantified_results met[0]");
    expect(matchStarts("(?<![\\w.,])\\d+ ?ms")?.anywhere.sort()).toEqual([..."0123456789"]);
    expect(matchStarts("\\b\\d+ ?ms")?.prefixes.sort()).toEqual([..."0123456789"]);
    expect(matchStarts("->|→")?.anywhere.sort()).toEqual(["-", "→"]);
    // a cased non-ASCII first character could match other characters: not modelled
    expect(matchStarts("(?:é|x)a")).toBeNull();
  });

  for (const p of PREPARED) {
    if (p.ip.slot < 0) continue;
    it(p.name, () => {
      const sticky = new RegExp(p.re.source, p.re.flags.replace(/[gy]/g, "") + "y");
      const missed: string[] = [];
      for (const text of TEXTS) {
        const cands = INDEX.candidates(text);
        const list = new Set(cands[p.ip.slot] ?? []);
        for (let at = 0; at <= text.length; at++) {
          sticky.lastIndex = at;
          if (sticky.test(text) && !list.has(at)) missed.push(`@${at}: ${JSON.stringify(text.slice(at, at + 24))}`);
        }
        // and the scan finds what a global scan finds
        const expected = [...text.matchAll(new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : p.re.flags + "g"))].map((m) => [m.index, m[0]]);
        const got: Array<[number, string]> = [];
        p.ip.scan(text, cands, (m) => got.push([m.index, m[0]]));
        expect(got).toEqual(expected);
        // and the spans are the scan's matches
        const spans: Array<[number, string]> = [];
        p.ip.spans(text, cands, (start, end) => spans.push([start, text.slice(start, end)]));
        expect(spans).toEqual(expected);
        expect(p.ip.count(text, cands)).toBe(expected.length);
      }
      expect(missed.slice(0, 5)).toEqual([]);
    });
  }
});

describe("extended prefilter: \\s inside a prefix", () => {
  // Every character \s matches, ASCII or not, in the places a prefix reads \s or a literal space.
  const BLANKS = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
  const SOURCES = ["\\b(?:we|I)\\s(?:decided|agreed)\\b", "\\ba\\s+(?:canary|flag)", "\\bthe (?:fix|patch)\\b", "\\b(?:our|my)\\s(?:[\\w-]+\\s)?(?:redis|kafka) cluster"];
  const index = new PrefixIndex(true);
  const prepared = SOURCES.map((source) => ({ source, ip: new IndexedPattern(index, new RegExp(source, "gi")) }));

  it("reads \\s after the first character as any blank, so a lone 'I' or 'we' is no candidate for words that only start like them", () => {
    const starts = matchStarts(SOURCES[0]!)!;
    expect(starts.prefixes.every((p) => p.length > 2)).toBe(true);
    const cands = index.candidates("wedding wet I\u00a0decided we\tagreed In it");
    expect(cands[prepared[0]!.ip.slot]).toEqual([12, 22]);
  });

  it("drops prefixes that a shorter, closed one covers", () => {
    // "our" + blank is closed by [\w-]+; the branch without it adds nothing
    expect(matchStarts(SOURCES[3]!)!.prefixes.sort()).toEqual(["my\u0001", "our\u0001"].sort());
  });

  for (const { source, ip } of prepared) {
    it(`finds every match of ${source} whatever the blank`, () => {
      const sticky = new RegExp(source, "iy");
      for (const blank of BLANKS) {
        const text = ["We", "decided", "I", "agreed", "a", "canary", "A", "", "flag", "the", "fix", "THE", "patch", "our", "redis", "cluster", "my", "hot-path", "kafka", "cluster"].join(blank) + blank;
        const cands = new Set(index.candidates(text)[ip.slot] ?? []);
        let matches = 0;
        for (let at = 0; at < text.length; at++) {
          sticky.lastIndex = at;
          if (!sticky.test(text)) continue;
          matches++;
          expect(cands.has(at), `${JSON.stringify(blank)} @${at}`).toBe(true);
        }
        // a literal space matches only a space; \s matches them all
        if (blank === " " || !/ /.test(source)) expect(matches, JSON.stringify(blank)).toBeGreaterThan(0);
        const expected = [...text.matchAll(new RegExp(source, "gi"))].map((m) => [m.index, m[0]]);
        const got: Array<[number, string]> = [];
        ip.scan(text, index.candidates(text), (m) => got.push([m.index, m[0]]));
        expect(got).toEqual(expected);
      }
    });
  }
});

describe("pastWords: the matches of PAST_RE without the regex", () => {
  const traps = "I fixed it. FIXED, Fixed_x fixed9 9fixed re-ran bed shed wed ed red led LED caféed ſhipped \u212Aicked wasn't " +
    "WAS were_ understood UnderStood overrode meant meanted hundred seeded éed naïved x_ed abc.ed ed. sped";
  for (const [i, text] of [traps, ...TEXTS].entries()) {
    it(`text ${i}`, () => {
      const expected = [...text.matchAll(new RegExp(PAST_RE.source, PAST_RE.flags))].map((m) => [m.index, m[0].toLowerCase()]);
      const got: Array<[number, string]> = [];
      pastWords(text, (start, lower) => got.push([start, lower]));
      expect(got).toEqual(expected);
    });
  }
});
