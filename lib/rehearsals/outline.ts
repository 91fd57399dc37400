import { SECTION_KEYS, type DraftScore, type SectionKey, type Sections } from "@/lib/rubric";

// The rehearsal cue card: per section, the opening words of each sentence (the order to
// tell it in) and the specific phrases the rubric credited (the facts not to forget).
// Pure, so it can be unit tested and run anywhere.

export type OutlineSection = {
  key: SectionKey;
  /** The first few words of each sentence, in order. */
  cues: string[];
  /** Sentences beyond the ones shown as cues. */
  moreCues: number;
  /** Phrases that earned a met checklist item in this section, in reading order, deduplicated. */
  keyPhrases: string[];
  /** The rubric engine's count (DeliverySignals.words), the one the editor shows too. */
  words: number;
};

export const OUTLINE_LIMITS = { cueWords: 6, cuesPerSection: 8, phrasesPerSection: 6, phraseChars: 60 } as const;

const ORDER: readonly SectionKey[] = SECTION_KEYS;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[\s\-*•>#]+/, "").trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function opening(sentence: string): string {
  const words = sentence.split(/\s+/);
  const head = words.slice(0, OUTLINE_LIMITS.cueWords).join(" ");
  return words.length > OUTLINE_LIMITS.cueWords ? `${head.replace(/[,;:]$/, "")}…` : head;
}

function clip(phrase: string): string {
  const flat = phrase.replace(/\s+/g, " ").trim();
  return flat.length > OUTLINE_LIMITS.phraseChars ? `${flat.slice(0, OUTLINE_LIMITS.phraseChars - 1).trimEnd()}…` : flat;
}

const WORD_CHAR = /[\p{L}\p{N}'’_-]/u;

/** Widens a span to whole words, so a cue never starts or ends mid-word. */
function wholeWords(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1] ?? "")) s--;
  while (e < text.length && WORD_CHAR.test(text[e] ?? "")) e++;
  return text.slice(s, e);
}

export function buildOutline(sections: Sections, score: DraftScore): OutlineSection[] {
  // Only what fully earned an item: a vague "it got better" is not a fact worth a cue.
  const evidence = Object.values(score.items)
    .filter((item) => item.status === "met")
    .flatMap((item) => item.evidence);
  return ORDER.map((key) => {
    const text = sections[key];
    const spans = evidence
      .filter((span) => span.section === key)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const keyPhrases: string[] = [];
    let coveredUntil = -1;
    for (const span of spans) {
      // A span inside one already listed adds nothing for the speaker.
      if (span.end <= coveredUntil) continue;
      const phrase = clip(wholeWords(text, span.start, span.end));
      if (phrase && !keyPhrases.includes(phrase)) keyPhrases.push(phrase);
      coveredUntil = Math.max(coveredUntil, span.end);
      if (keyPhrases.length >= OUTLINE_LIMITS.phrasesPerSection) break;
    }
    const all = sentences(text);
    return {
      key,
      cues: all.slice(0, OUTLINE_LIMITS.cuesPerSection).map(opening),
      moreCues: Math.max(0, all.length - OUTLINE_LIMITS.cuesPerSection),
      keyPhrases,
      // One counter for the whole app: a split on spaces counted "—" and "→" as words
      // and "1,200" as one, so rehearsal and the editor disagreed (issue 8).
      words: score.delivery.words[key],
    };
  });
}
