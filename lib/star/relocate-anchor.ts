import { diffWordsWithSpace } from "diff";

import { SECTION_KEYS, type SectionKey } from "@/lib/drafts/draft-schema";

// Where a comment's words went (issue 9 §3): a comment is anchored to a span of a section of
// the version the reviewer read (section, start, end, quote: the shape of the engine's
// evidence). When the candidate has changed the text since, the reader is told whether the
// words are still there, moved, were edited (and what they say now), or are gone.
// Pure: runs in the browser, on the server and in unit tests.

export type Anchor = { section: SectionKey; start: number; end: number; quote: string };

export type Relocation =
  /** A comment on the whole section: it applies to whatever the section says now. */
  | { status: "section"; section: SectionKey }
  /** The same words, where the edits around them put them (possibly shifted). */
  | { status: "unchanged"; section: SectionKey; start: number; end: number }
  /** The same words, somewhere else than where the edits put them (cut and pasted, or another section). */
  | { status: "moved"; section: SectionKey; start: number; end: number }
  /** Part of the words survive: this is the passage that holds them now. */
  | { status: "edited"; section: SectionKey; start: number; end: number; text: string }
  | { status: "gone" };

/** Below this share of the quoted characters surviving, the passage counts as gone. */
export const MIN_KEPT_SHARE = 0.34;
/** A quote shorter than this (without spaces) is not looked for elsewhere: it would match by chance. */
const MIN_SEARCH_LENGTH = 4;

/**
 * Where the anchor's words are in `current` (the section's text now), given `original`
 * (the section's text on the version the comment was made on, where
 * `original.slice(start, end) === quote`).
 */
export function relocateInSection(anchor: Anchor, original: string, current: string): Relocation {
  const { section, start, end, quote } = anchor;
  if (quote === "") return { status: "section", section };
  if (original === current) return { status: "unchanged", section, start, end };

  const mapped = mapSpan(original, current, start, end);
  const expected = mapped?.start ?? start;
  if (mapped && current.slice(mapped.start, mapped.start + quote.length) === quote) {
    return { status: "unchanged", section, start: mapped.start, end: mapped.start + quote.length };
  }
  const found = nearestOccurrence(current, quote, expected);
  if (found !== null) return { status: "moved", section, start: found, end: found + quote.length };
  if (mapped && mapped.keptShare >= MIN_KEPT_SHARE && mapped.end > mapped.start) {
    return { status: "edited", section, start: mapped.start, end: mapped.end, text: current.slice(mapped.start, mapped.end) };
  }
  return { status: "gone" };
}

/**
 * The same, across the draft: when the words left their section but appear, exactly, in
 * another one, they moved there.
 */
export function relocateAnchor(anchor: Anchor, original: string, current: Record<SectionKey, string>): Relocation {
  const inSection = relocateInSection(anchor, original, current[anchor.section]);
  if (inSection.status !== "gone") return inSection;
  for (const other of SECTION_KEYS) {
    if (other === anchor.section) continue;
    const found = nearestOccurrence(current[other], anchor.quote, anchor.start);
    if (found !== null) return { status: "moved", section: other, start: found, end: found + anchor.quote.length };
  }
  return inSection;
}

/** The start of the occurrence of `quote` in `text` nearest to `near`, or null. */
export function nearestOccurrence(text: string, quote: string, near: number): number | null {
  if (quote.replace(/\s+/g, "").length < MIN_SEARCH_LENGTH) return null;
  let best: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Carries the span [start, end) of `before` over to `after` through a word diff: a boundary
 * inside kept text moves with it; a boundary inside removed text lands where that text was,
 * taking in what replaced it. `keptShare` is the part of the span's non-space characters
 * that survived unchanged.
 */
export function mapSpan(before: string, after: string, start: number, end: number): { start: number; end: number; keptShare: number } | null {
  let oldPos = 0;
  let newPos = 0;
  let mappedStart: number | null = null;
  let mappedEnd: number | null = null;
  let kept = 0;
  let total = 0;
  const changes = diffWordsWithSpace(before, after);
  for (const [index, change] of changes.entries()) {
    const length = change.value.length;
    if (change.added) {
      newPos += length;
      continue;
    }
    const oldEnd = oldPos + length;
    // The part of this chunk inside the span.
    const from = Math.max(start, oldPos);
    const to = Math.min(end, oldEnd);
    if (to > from) {
      const inside = change.value.slice(from - oldPos, to - oldPos).replace(/\s+/g, "").length;
      total += inside;
      if (!change.removed) kept += inside;
    }
    if (change.removed) {
      const next = changes[index + 1];
      const replacement = next?.added ? next.value.length : 0;
      if (mappedStart === null && start >= oldPos && start < oldEnd) mappedStart = newPos;
      if (mappedEnd === null && end > oldPos && end <= oldEnd) mappedEnd = newPos + replacement;
    } else {
      if (mappedStart === null && start >= oldPos && start < oldEnd) mappedStart = newPos + (start - oldPos);
      if (mappedEnd === null && end > oldPos && end <= oldEnd) mappedEnd = newPos + (end - oldPos);
      newPos += length;
    }
    oldPos = oldEnd;
  }
  if (mappedStart === null) mappedStart = newPos;
  if (mappedEnd === null) mappedEnd = newPos;
  if (total === 0) return null;
  return { ...trimSpan(after, mappedStart, Math.max(mappedStart, mappedEnd)), keptShare: kept / total };
}

/** Drops leading and trailing white space from a span, so a highlight starts and ends on words. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
