// Turning outside input into Sections: plain-text/Markdown drafts with STAR headings, and
// answers in the labeled corpus format (shared/rubric/FORMAT.md). Pure: callers read files.

import { ITEM_IDS, SECTION_KEYS, type ItemId, type ItemStatus, type SectionKey, type Sections } from "./types";

// Each run of blanks is matched by one [ \t]* only: two of them side by side (with an optional
// part between) split a long run of spaces every possible way (issue #8, point 0).
export const HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:(?:\*\*|__)[ \t]*)?(situation|task|actions?|results?)[ \t]*(?:(?:\*\*|__)[ \t]*)?(?:[:\-–—][ \t]*|(?:(?:\*\*|__)[ \t]*)?$)/i;

function keyFor(word: string): SectionKey {
  const w = word.toLowerCase();
  if (w.startsWith("situation")) return "situation";
  if (w.startsWith("task")) return "task";
  if (w.startsWith("action")) return "actions";
  return "results";
}

/**
 * Splits a draft on Situation/Task/Actions/Results headings ("## Situation", "**Task:**",
 * "Actions:"; text may follow on the heading line). A draft with no headings is one
 * unstructured answer, returned in `actions`.
 */
export function parseDraftText(text: string): { sections: Sections; structured: boolean } {
  const sections: Sections = { situation: "", task: "", actions: "", results: "" };
  const lines = text.split(/\r?\n/);
  let current: SectionKey | null = null;
  let structured = false;
  const buf: Record<SectionKey, string[]> = { situation: [], task: [], actions: [], results: [] };
  const preamble: string[] = [];
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (m && m[1]) {
      current = keyFor(m[1]);
      structured = true;
      const rest = line.slice(m[0].length).replace(/^(?:\*\*|__)\s*/, "");
      if (rest.trim()) buf[current].push(rest);
      continue;
    }
    if (current) buf[current].push(line);
    else preamble.push(line);
  }
  if (!structured) {
    sections.actions = text.trim();
    return { sections, structured };
  }
  for (const k of SECTION_KEYS) sections[k] = buf[k].join("\n").trim();
  return { sections, structured };
}

export type CorpusAnswer = {
  id: string;
  sections: Sections;
  kind?: string;
  grade?: number;
  labels?: Partial<Record<ItemId, ItemStatus>>;
};

/** Validates one parsed JSON answer. Only `id` and `sections` are required. */
export function parseCorpusAnswer(value: unknown): { ok: true; answer: CorpusAnswer } | { ok: false; error: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "expected a JSON object" };
  const v = value as Record<string, unknown>;
  if (typeof v.id !== "string" || v.id.length === 0) return { ok: false, error: 'missing string "id"' };
  const s = v.sections;
  if (typeof s !== "object" || s === null || Array.isArray(s)) return { ok: false, error: 'missing object "sections"' };
  const sections: Sections = { situation: "", task: "", actions: "", results: "" };
  for (const k of SECTION_KEYS) {
    const t = (s as Record<string, unknown>)[k];
    if (t === undefined || t === null) continue;
    if (typeof t !== "string") return { ok: false, error: `sections.${k} must be a string` };
    sections[k] = t;
  }
  const answer: CorpusAnswer = { id: v.id, sections };
  if (typeof v.kind === "string") answer.kind = v.kind;
  if (typeof v.grade === "number") answer.grade = v.grade;
  if (typeof v.labels === "object" && v.labels !== null) {
    const labels: Partial<Record<ItemId, ItemStatus>> = {};
    for (const id of ITEM_IDS) {
      const l = (v.labels as Record<string, unknown>)[id];
      if (l === "met" || l === "partial" || l === "missing") labels[id] = l;
    }
    answer.labels = labels;
  }
  return { ok: true, answer };
}
