// Delivery signals (length, speaking time, "I" against "we", balance, confidentiality)
// and the adjacent-experience signal. Pure functions over the caller's strings.

import { countWords, speakingTime, spokenLength } from "./length";
import { splitSentences, type Analysed } from "./text";
import {
  SECTION_KEYS,
  type AdjacentSignal,
  type ConfidentialityFinding,
  type DeliverySignals,
  type Evidence,
  type SectionKey,
  type Sections,
} from "./types";
import { ADJACENT_TERMS, STORAGE_TERMS } from "./vocab";

const FIRST_I = /\b(?:I|i|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b/g;
const FIRST_WE = /\b(?:we|We|WE|us|Us|our|Our|ours|ourselves|we['’](?:re|ve|d|ll))\b/g;

const INTERNAL_URL =
  /^https?:\/\/(?:[^/.:]+(?:[:/]|$)|[^/]*\b(?:internal|corp|intra|intranet|local|lan|svc|wiki|jira|confluence|grafana|kibana|sentry|splunk|datadog|prod|staging|admin)\b|\d{1,3}(?:\.\d{1,3}){3})/i;
const NOT_A_TICKET =
  /^(?:SHA|UTF|ISO|AES|TLS|SSL|HTTP|HTTPS|IPV|RFC|CVE|COVID|EC|GPT|CP|AP|RAID|DDR|PCI|PG|MD|SEV|P|X|H|L|T|TOP|AZ|US|EU|AP|IO|GP|R|M|C|N|S|SF|ZSTD|LZ|BASE|ECMA|IEEE|WCAG|OWASP|SOC|ARM|NV|TX|RX|CPU|GPU|DC|SLO|SLA|PR|Q|V|K|API)-/;

// Things a candidate should not say in an interview. Order matters: earlier kinds win overlaps.
// `gate` is a cheap test that must pass before the full pattern runs.
const CONFIDENTIAL: Array<{ kind: ConfidentialityFinding["kind"]; re: RegExp; keep?: (m: string) => boolean; gate?: RegExp }> = [
  {
    kind: "url",
    re: /\bhttps?:\/\/[^\s)<>"']+/gi,
    gate: /:\/\//,
    keep: (m) => INTERNAL_URL.test(m),
  },
  // Parts are bounded by the mail and DNS limits (local part 64, label 63, 10 labels here): an
  // unbounded part is rescanned from every word start of a long "a.a.a.…" run (issue #8, point 0).
  { kind: "email", re: /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}\b/g, gate: /@/ },
  { kind: "ip-address", gate: /\d\.\d/, re: /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d+)?\b/g },
  {
    kind: "hostname",
    gate: /\.(?:internal|corp|local|lan|intra|intranet|svc|priv|private)\b|-\d{1,4}[a-z]?\.[a-z]/i,
    re: /\b(?:[a-z0-9-]{1,63}\.){1,10}(?:internal|corp|local|lan|intra|intranet|svc|priv|private)\b|\b[a-z][a-z0-9]{0,62}(?:-[a-z0-9]{1,63}){0,10}-\d{1,4}[a-z]?(?:\.[a-z0-9-]{1,63}){1,10}\b/gi,
  },
  {
    kind: "ticket-id",
    re: /\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/g,
    keep: (m) => !NOT_A_TICKET.test(m),
  },
];

/** Two sorted lists of disjoint spans, merged into one sorted list. */
function mergeSpans(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]![0] <= b[j]![0])) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function findConfidential(sections: Sections): ConfidentialityFinding[] {
  const out: ConfidentialityFinding[] = [];
  for (const section of SECTION_KEYS) {
    const text = sections[section];
    if (!text) continue;
    // Spans already taken by an earlier kind, disjoint and sorted. One kind's matches come in
    // order and never overlap each other, so one forward walk per kind finds the overlaps
    // (testing every match against every taken span grows with the square of their number).
    let taken: Array<[number, number]> = [];
    for (const { kind, re, keep, gate } of CONFIDENTIAL) {
      if (gate && !gate.test(text)) continue;
      const added: Array<[number, number]> = [];
      let j = 0;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        const start = m.index;
        const end = start + m[0].length;
        if (keep && !keep(m[0])) continue;
        while (j < taken.length && taken[j]![1] <= start) j++;
        if (j < taken.length && taken[j]![0] < end) continue;
        added.push([start, end]);
        out.push({ kind, section, start, end, text: m[0] });
      }
      if (added.length > 0) taken = mergeSpans(taken, added);
    }
  }
  return out.sort((a, b) => (a.section === b.section ? a.start - b.start : 0));
}

/** How many matches `text.matchAll(re)` gives (re is global), without cloning the regex as matchAll does. */
function count(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    n++;
  }
  return n;
}

/** `analysed` is the engine's per-section analysis in SECTION_KEYS order (reused for word counts). */
export function analyseDelivery(sections: Sections, analysed?: readonly Analysed[]): DeliverySignals {
  const words = { situation: 0, task: 0, actions: 0, results: 0, total: 0 };
  SECTION_KEYS.forEach((k, i) => {
    words[k] = analysed?.[i]?.words ?? countWords(sections[k]);
    words.total += words[k];
  });
  const { speakingSeconds, length } = speakingTime(words.total);

  const actionText = sections.actions.trim() ? sections.actions : SECTION_KEYS.map((k) => sections[k]).join("\n");
  const i = count(FIRST_I, actionText);
  const we = count(FIRST_WE, actionText);
  const iShare = i + we > 0 ? Math.round((100 * i) / (i + we)) / 100 : null;
  const verdict = iShare === null ? "none" : iShare < 0.4 ? "mostly-we" : iShare > 0.75 ? "mostly-i" : "balanced";

  const shares = { situation: 0, task: 0, actions: 0, results: 0 };
  let largest: SectionKey | null = null;
  for (const k of SECTION_KEYS) {
    shares[k] = words.total > 0 ? Math.round((100 * words[k]) / words.total) / 100 : 0;
    if (words[k] > 0 && (largest === null || words[k] > words[largest])) largest = k;
  }
  const actionsLargest = largest === "actions";

  const findings = findConfidential(sections);
  const notes: string[] = [];
  if (length === "short") notes.push(`${spokenLength(speakingSeconds)}: aim for 2 to 4 minutes.`);
  if (length === "long") notes.push(`${spokenLength(speakingSeconds)}: trim towards 4 minutes; keep the actions, cut the background.`);
  if (verdict === "mostly-we") notes.push("The actions mostly say 'we': say 'I' for what you did yourself.");
  if (words.total > 0 && !actionsLargest) notes.push("The actions should be the longest part: that is where interviewers dig.");
  if (findings.length > 0) notes.push("Remove internal details you shouldn't share in an interview (hostnames, IPs, internal links, e-mails, ticket ids).");

  return {
    words,
    speakingSeconds,
    length,
    firstPerson: { i, we, iShare, verdict },
    balance: { shares, largest, actionsLargest },
    confidentiality: { flagged: findings.length > 0, findings },
    notes,
  };
}

const ADJACENT_RE = new RegExp(`\\b${ADJACENT_TERMS}`, "gi");
const STORAGE_RE = new RegExp(`\\b${STORAGE_TERMS}\\b`, "gi");
const EXPLICIT_ADJACENT =
  /\b(?:(?:haven't|have not|never|didn't|did not|don't|do not)\s(?:\w+\s){0,2}(?:owned|worked on|run|had)\s(?:a\s|any\s)?(?:real\s)?storage|closest (?:thing|equivalent|example)|adjacent (?:example|system|component)|not (?:a |strictly )?storage|rather than storage|mostly services rather than storage|lighter on storage|limited storage experience)/i;
const COMPARISON = /\b(?:similar(?:ly)?|same as|like a (?:storage|database|db)|unlike|different(?:ly)?|differs?|difference|whereas|compared (?:to|with)|in contrast|as opposed to|just like|the same (?:way|problems?))\b/i;
const STORAGE_ASPECT = new RegExp(`\\b${STORAGE_TERMS}|source of truth|durab\\w+|stateful|replicat\\w+|persist\\w*|consisten\\w+`, "i");

/** Every regular expression of this module, for tests/unit/rubric/pattern-scaling.test.ts. */
export const DELIVERY_PATTERNS: Readonly<Record<string, RegExp>> = {
  FIRST_I,
  FIRST_WE,
  INTERNAL_URL,
  NOT_A_TICKET,
  ...Object.fromEntries(CONFIDENTIAL.flatMap((c) => [[c.kind, c.re], ...(c.gate ? [[`${c.kind} gate`, c.gate]] : [])])),
  ADJACENT_RE,
  STORAGE_RE,
  EXPLICIT_ADJACENT,
  COMPARISON,
  STORAGE_ASPECT,
};

/** Is this a story about an adjacent (non-storage) component, and does it compare itself to storage? */
export function analyseAdjacent(sections: Sections, analysed?: readonly Analysed[]): AdjacentSignal {
  const contextKeys: SectionKey[] = sections.situation.trim() || sections.task.trim() ? ["situation", "task"] : [...SECTION_KEYS];
  let adjacent = 0;
  let storage = 0;
  let explicit = false;
  for (const k of contextKeys) {
    const t = sections[k];
    adjacent += count(ADJACENT_RE, t);
    storage += count(STORAGE_RE, t);
    if (EXPLICIT_ADJACENT.test(t)) explicit = true;
  }
  const detected = explicit || (adjacent > 0 && adjacent > storage);
  const evidence: Evidence[] = [];
  if (detected) {
    SECTION_KEYS.forEach((k, i) => {
      const t = sections[k];
      // the engine's analysis has split this very text already (unless it was cut to a prefix)
      const a = analysed?.[i];
      for (const s of a && a.text === t ? a.sentences : splitSentences(t)) {
        const st = t.slice(s.start, s.end);
        if (COMPARISON.test(st) && STORAGE_ASPECT.test(st)) evidence.push({ section: k, start: s.start, end: s.end, text: st });
        if (evidence.length >= 3) break;
      }
    });
  }
  const comparesToStorage = evidence.length > 0;
  const result: AdjacentSignal = { detected, comparesToStorage, evidence };
  if (detected && !comparesToStorage) {
    result.message = "You're using an adjacent system: say what was similar to a storage component and what was different.";
  }
  return result;
}
