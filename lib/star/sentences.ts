/**
 * The sentences of a section with their offsets, for commenting without a mouse: a keyboard
 * user picks a sentence from a list instead of dragging across words (a read-only field takes
 * no keyboard selection in Chromium). A sentence ends at . ! ? followed by a space, or at a
 * line break; white space around it is left out of its span. Client-safe.
 */
export function splitSentences(text: string): Array<{ start: number; end: number; text: string }> {
  const sentences: Array<{ start: number; end: number; text: string }> = [];
  const pattern = /[^\n]+?(?:[.!?]+(?=\s|$)|(?=\n)|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = (match.index ?? 0) + lead;
    sentences.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return sentences;
}
