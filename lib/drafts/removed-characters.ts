import { SECTION_KEYS, type DraftContent } from "@/lib/drafts/draft-schema";

/**
 * How many characters of `before` an edit took away, estimated per field as the part of
 * the old text outside the common prefix and suffix. Typing in one place removes 0;
 * rewriting a sentence removes about its length. Linear time, so it is safe on the save path.
 */
export function removedCharacters(before: DraftContent, after: DraftContent): number {
  let removed = 0;
  for (const key of ["title", ...SECTION_KEYS] as const) {
    const a = before[key];
    const b = after[key];
    if (a === b) continue;
    const limit = Math.min(a.length, b.length);
    let prefix = 0;
    while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < limit - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
    removed += a.length - prefix - suffix;
  }
  return removed;
}
