/**
 * Splits a text into runs for highlighting: each run lists the ids of the spans that cover it
 * (empty for plain text). Overlapping spans simply share the runs they overlap. Client-safe.
 */
export function highlightSegments(text: string, spans: Array<{ id: string; start: number; end: number }>): Array<{ text: string; start: number; ids: string[] }> {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.end > span.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const runs: Array<{ text: string; start: number; ids: string[] }> = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const ids = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    runs.push({ text: text.slice(start, end), start, ids });
  }
  return runs;
}
