import { describe, expect, it } from "vitest";
import { literalPrefixes, PREFIX_LEN, PrefixIndex } from "@/lib/rubric/prefilter";
import { RULES } from "@/lib/rubric/rules";
import { seededRandom } from "@/scripts/lib/seeded-random";

// The word-start prefilter (lib/rubric/prefilter.ts) claims that running a sticky copy of
// a rule pattern only at the word starts carrying one of its literal prefixes finds exactly
// the matches a plain global scan finds. This checks that claim for every `find` pattern
// the engine compiles, on texts written here (rule examples, case games, Unicode traps,
// glued punctuation, numbers with units, seeded word soups from the rules' vocabulary):
// any change to the analyser or the index that changes a single match fails here.

type Match = { index: number; text: string };

/** Every `find` pattern the engine compiles, in the engine's order (met, then partial). */
const SIGNALS = RULES.flatMap((r) => [
  ...r.met.map((s, i) => ({ name: `${r.id} met[${i}]`, source: s.find })),
  ...r.partial.map((s, i) => ({ name: `${r.id} partial[${i}]`, source: s.find })),
]);

/** One index shared by all patterns, as the engine builds it. */
const INDEX = new PrefixIndex();
const SLOTS = SIGNALS.map((s) => INDEX.add(s.source));

/** The reference: a plain global, case-insensitive scan of the whole text. */
function fullScan(source: string, text: string): Match[] {
  const re = new RegExp(source, "gi");
  const out: Match[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ index: m.index, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The same scan through the prefilter, as engine.ts's matchSignal does it: a sticky copy
 * of the pattern tried only at the slot's candidate word starts (a full scan when the
 * pattern has no slot).
 */
function prefilteredScan(slot: number, source: string, text: string, cands: Array<number[] | undefined>): Match[] {
  if (slot < 0) return fullScan(source, text);
  const list = cands[slot] ?? [];
  const sticky = new RegExp(source, "iy");
  const out: Match[] = [];
  let ci = 0;
  let pos = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    while (ci < list.length) {
      const p = list[ci++]!;
      if (p < pos) continue;
      sticky.lastIndex = p;
      if ((m = sticky.exec(text)) !== null) break;
    }
    if (m === null) break;
    out.push({ index: m.index, text: m[0] });
    pos = m.index + Math.max(1, m[0].length);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Texts

const EXAMPLES = RULES.flatMap((r) => [...r.examples.met, ...r.examples.partial, ...r.examples.missing]);

function randomCase(s: string, r: () => number): string {
  const k = r();
  if (k < 0.4) return s;
  if (k < 0.55) return s.toUpperCase();
  if (k < 0.7) return s.charAt(0).toUpperCase() + s.slice(1);
  return [...s].map((c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
}

const mixedCase = (s: string) => [...s].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join("");

/** Literal phrases of the patterns themselves ("tail latency", "in front of", "p50"). */
const PHRASES = [
  ...new Set(
    SIGNALS.flatMap((s) =>
      s.source
        .replace(/\\[a-zA-Z]/g, "|")
        .split(/[|()[\]{}?:*+=!<>^$\\]+/)
        .map((p) => p.trim())
        .filter((p) => /^[A-Za-z0-9][A-Za-z0-9 '’/.-]*$/.test(p) && p.length >= 2),
    ),
  ),
];
/** Words of the patterns and the rule examples, punctuation left glued on the examples'. */
const WORDS = [
  ...new Set([
    ...SIGNALS.flatMap((s) => s.source.replace(/\\[a-zA-Z]/g, " ").match(/[A-Za-z]{2,}/g) ?? []),
    ...EXAMPLES.flatMap((e) => e.split(/\s+/)),
  ]),
];
const NUMBERS = ["250k", "12", "3.4", "99.95%", "8ms", "8 ms", "1,200", "0", "p99", "p99.9", "5xx", "503", "70%", "3x", "~40", "18TB", "1.5", "two", "four", "ninety"];
const UNITS = ["ms", "s", "qps", "req/s", "PB", "TB", "GiB", "nodes", "percent", "nines", "per second", "objects", "µs", "×", "→", "->"];
const ODDITIES = ["İ", "ı", "ſ", "\u212A", "’", "‘", "😀", "🔥", "‏", "\u202E", "שרת", "الكاش", "\u00a0", "\u200b", "é", "ß", "ｋａｆｋａ", "I\u0307"];
const SEPARATORS = [" ", " ", " ", " ", "  ", ", ", ". ", "; ", ": ", "\n", "-", "/", "_", "", "(", ") ", "'", "’", "\"", "!", "?", "…", " – ", "\u00a0", "\t", "."];

function soup(seed: number, tokens: number): string {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const parts: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const k = r();
    let tok: string;
    if (k < 0.35) tok = pick(PHRASES);
    else if (k < 0.75) tok = pick(WORDS);
    else if (k < 0.88) tok = `${pick(NUMBERS)}${r() < 0.5 ? " " : ""}${pick(UNITS)}`;
    else tok = pick(ODDITIES);
    if (r() < 0.05) tok = pick(ODDITIES) + tok; // a non-ASCII character glued before a word
    parts.push(randomCase(tok, r), pick(SEPARATORS));
  }
  return parts.join("");
}

/** Sentences for the patterns no rule example happens to exercise. */
const TARGETED = [
  "Each client talks to it before anything else, and all requests must go through the router.",
  "Every incoming write goes through the proxy; any of the reads checks it first.",
  "All events are first published to Kafka, and every order is written to the ledger.",
  "Everyone depended on it and all services used it.",
  "My role was to own the rollout and lead the on-call rotation.",
  "The trade-off was that we gave up some write throughput for durability.",
  "The downside was a second hop. We considered a cache but rejected it because of staleness.",
  "The quicker fix was a restart; the rejected alternative was a full resync.",
  "It costs about 2 ms per call and adds an extra fsync.",
  "We chose the slower path over the cache since correctness mattered more; a better trade overall.",
  "We prioritised durability over latency and favoured safety ahead of speed.",
  "I'd rather shard than cache, at the cost of 3 ms, because it was safer.",
  "The scan found zero missing rows and no corrupt objects.",
  "Six months later, p99 is still 120 ms, and 3 weeks later it held.",
];

const TEXTS: Array<[string, string]> = [
  ...EXAMPLES.map((e, i): [string, string] => [`example ${i}`, e]),
  ...TARGETED.map((e, i): [string, string] => [`targeted ${i}`, e]),
  ["targeted, upper case", TARGETED.join(" ").toUpperCase()],
  ["all examples, one text", EXAMPLES.join(" ")],
  ["all examples, upper case", EXAMPLES.join("\n").toUpperCase()],
  ["all examples, alternating case", mixedCase(EXAMPLES.join(" "))],
  ["all examples, glued", EXAMPLES.join("")],
  [
    "mixed case",
    "I WAS THE ON-CALL OWNER. i Was The Tech Lead. KaFkA, PoStGrEs and REDIS sat In Front Of the DB. P99 LATENCY under 8 MS; Root-Cause: A RACE CONDITION. Looking Back, I'D HAVE added a RUNBOOK.",
  ],
  [
    "Unicode letters",
    "İ was the owner. I\u0307 was on-call. ıt was critical. ſlo ſla ſhard \u212Aafka \u212Aubernetes Kafka K8s. " +
      "ß straße ﬁx ﬂag ｋａｆｋａ ＰＯＳＴＧＲＥＳ café cache naïve root-cause Ünicode ünavailable Ölag",
  ],
  [
    "curly apostrophes",
    "I’d have done it differently. I‘d have. We’d do it differently: bring SRE in. i’d rather shard. What I’d change: the alert. " +
      "It wasn’t the disk, that wasn’t it; we hadn’t set a timeout and didn’t cap the retries. repro’d it twice.",
  ],
  [
    "emoji",
    "🔥kafka🔥 outage 😀p99 at 900ms→140ms 👍 I was paged 📟 at 3am. 🧑‍💻 redis🚀cache 👨‍👩‍👧 postgres✅ 🙂runbook 🇩🇪 dns \uD83D (lone surrogate) lag \uDE00 lag",
  ],
  [
    "RTL and bidi",
    "الكاش redis يعمل خلف kafka. שרת postgres ‏p99‏ 8 ms ‏latency. \u202Ekafka outage\u202C \u200Fhotfix\u200F " +
      "\u2067root cause\u2069 עם SRE worked with the SRE team ‎I was the owner‎",
  ],
  [
    "invisible and spacing characters",
    "I\u00a0was\u00a0the\u00a0owner. I\u2009was the on-call. re\u200bdis kafka\u200d post\u00adgres in\u3000front of\ttab\tlatency\r\nerror\u2028budget\u2029rollback",
  ],
  [
    "punctuation glued to words",
    "(kafka),redis;p99:8ms!latency?\"etcd\" 'root-cause' [postgres]{mysql}<dns> postgres/mysql-based _kafka kafka_ 9kafka kafka9 " +
      "--rollback--canary ...incident... #kafka @redis $latency %uptime ^p99 &alerts *runbook* ~backfill `checksum` =lag+lag " +
      "i/o-path data-path: write-path, read-path. I/O path. e-mail re-ran re-index post-mortem postmortem. self-healing",
  ],
  [
    "numbers with units",
    "250k qps, 12 PB, 3.4 billion objects, 99.95% uptime, 8ms p99, 1,200 req/s, 40 shards, 18 TB, p99.9 at 20 ms, 3x faster, " +
      "from 900 ms to 140 ms, 5xx errors, 503s, four nines, 10GiB, 1.5 MB/s, 2→3, 70% down, cut by 40%, 12 × faster, 30s lag, " +
      "1e6 rows, 0.5ms, 100 % availability, 99.999 percent durability, RPO of 0, 10k-node fleet, ~2,000 tenants, 6 engineers",
  ],
  [
    "config keys",
    "max_inflight to 64, db.pool.size to 20, a.b to 3, write_buffer_size to 128 and replica_lag_seconds; ConnectTimeoutException.",
  ],
  ["empty", ""],
  ["single letter", "I"],
  ["only non-ASCII", "İıſ\u212A’😀שרתالكاش"],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, string] => [`word soup ${seed}`, soup(seed, 250)]),
];

const CANDIDATES = new Map<string, Array<number[] | undefined>>(TEXTS.map(([, t]) => [t, INDEX.candidates(t)]));

// ---------------------------------------------------------------------------------------

describe("prefilter: same matches as a full scan", () => {
  it("covers every find pattern, and most of them actually go through the prefilter", () => {
    expect(SIGNALS.length).toBe(RULES.reduce((n, r) => n + r.met.length + r.partial.length, 0));
    const filtered = SLOTS.filter((s) => s >= 0).length;
    expect(filtered).toBeGreaterThan(SIGNALS.length / 2);
    expect(INDEX.slots).toBe(filtered);
  });

  for (const [i, sig] of SIGNALS.entries()) {
    const slot = SLOTS[i]!;
    it(`${sig.name} (${slot >= 0 ? `prefixes ${literalPrefixes(sig.source)!.length}` : "full scan"})`, () => {
      let total = 0;
      const missed: string[] = [];
      const sticky = new RegExp(sig.source, "iy");
      for (const [label, text] of TEXTS) {
        const cands = CANDIDATES.get(text)!;
        const expected = fullScan(sig.source, text);
        total += expected.length;
        expect(prefilteredScan(slot, sig.source, text, cands), `${sig.name} on "${label}"`).toEqual(expected);
        if (slot < 0) continue;
        // Stronger than the match list: the engine resumes scans from sentence ends too, so
        // every position where the pattern can match must be one of the slot's candidates.
        const list = new Set(cands[slot] ?? []);
        for (let p = 0; p <= text.length; p++) {
          sticky.lastIndex = p;
          if (sticky.test(text) && !list.has(p)) missed.push(`"${label}" @${p}: ${JSON.stringify(text.slice(p, p + 20))}`);
        }
      }
      expect(missed).toEqual([]);
      // a pattern that never matches would compare nothing
      expect(total, `${sig.name} matches somewhere in the texts`).toBeGreaterThan(0);
    });
  }
});

describe("prefilter: literal prefixes", () => {
  it("are null or non-empty lists of 1..PREFIX_LEN lower-case ASCII characters, never an empty list", () => {
    for (const sig of SIGNALS) {
      const p = literalPrefixes(sig.source);
      if (p === null) continue;
      expect(p.length, sig.name).toBeGreaterThan(0);
      for (const s of p) expect(s, sig.name).toMatch(new RegExp(`^[a-z0-9_][\\x00-\\x7f]{0,${PREFIX_LEN - 1}}$`));
      expect(p.every((s) => s === s.toLowerCase()), sig.name).toBe(true);
    }
  });

  it("reads a plain anchored alternation", () => {
    expect(literalPrefixes("\\b(?:Kafka|redis|s3)\\b")?.sort()).toEqual(["kaf", "red", "s3"]);
    expect(literalPrefixes("\\bI\\s(?:was|am)\\b")).toEqual(["i"]);
    expect(literalPrefixes("\\b(?:p\\s?9\\d|p50)")?.sort()).toEqual(["p", "p50", "p9"]);
  });

  // Patterns it cannot prove a prefix for must come back as null and get no slot, so the
  // engine scans them everywhere instead of filtering them down to nothing.
  const UNPROVABLE: Array<[string, string]> = [
    ["no word boundary", "kafka"],
    ["one branch without \\b", "\\bkafka|redis"],
    ["optional boundary via group", "(?:\\b)?kafka"],
    ["starts with a class escape", "\\b\\w+lag"],
    ["starts with a digit class", "\\b\\d+ ?ms"],
    ["starts with a lookbehind-guarded number (DIGITS)", "(?<![A-Za-z_])\\d[\\d,]*(?:\\.\\d+)?\\s?%"],
    ["starts with a large class", "\\b[a-z]+ing"],
    ["starts with a negated class", "\\b[^x]oo"],
    ["optional first atom", "\\b\\s?kafka"],
    ["may match empty", "\\b(?:kafka)?"],
    ["starts with any character", "\\b.afka"],
    ["named group", "(?<tech>\\bkafka)"],
    ["backreference", "\\b(k)afka\\1"],
    ["unicode escape", "\\b\\u006bafka"],
    ["hex escape", "\\b\\x6bafka"],
    ["unicode property", "\\b\\p{L}afka"],
    ["non-ASCII first letter", "\\b(?:égal|kafka)"],
    ["non-word first character", "\\b(?:-kafka)"],
    ["unbalanced group", "\\b(?:kafka"],
  ];
  for (const [what, source] of UNPROVABLE) {
    it(`falls back on: ${what}`, () => {
      expect(literalPrefixes(source)).toBeNull();
      const index = new PrefixIndex();
      expect(index.add(source)).toBe(-1);
      expect(index.slots).toBe(0);
      expect(index.candidates("kafka Kafka égal -kafka k k kafka")).toEqual([]);
    });
  }

  it("gives the rule patterns it cannot analyse no slot (they are scanned in full)", () => {
    const fallbacks = SIGNALS.filter((_, i) => SLOTS[i]! < 0);
    for (const sig of fallbacks) expect(literalPrefixes(sig.source), sig.name).toBeNull();
    // the scale and results patterns start with a number: nothing literal to index
    expect(fallbacks.map((s) => s.name)).toContain("scale met[0]");
    expect(fallbacks.map((s) => s.name)).toContain("quantified_results met[0]");
  });
});
