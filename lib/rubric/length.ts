// How long an answer is: words, speaking time and the 2–4 minute target. Kept apart from the
// engine so the editor can count the text being typed at once, without loading the engine.

const NON_ASCII = /[^\x00-\x7f]/;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** A web address: its query strings and paths are not the answer's words ("?from=…&to=…"). */
const URL_RE = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

/** The text with every web address blanked by as many spaces (offsets stay exact): what is scored and counted. */
export function blankUrls(text: string): string {
  return text.replace(URL_RE, (url) => " ".repeat(url.length));
}

/** Words as they are spoken: a web address is not read out. The editor's and the engine's count. */
export function countSpokenWords(text: string): number {
  return countWords(blankUrls(text));
}

/** This module's regular expressions, for tests/unit/rubric/pattern-scaling.test.ts (through text.ts). */
export const LENGTH_PATTERNS: Readonly<Record<string, RegExp>> = { NON_ASCII, WORD_RE, URL_RE };

/** Words as the engine, the editor and rehearsal mode all count them. */
export function countWords(text: string): number {
  let n = 0;
  // ASCII-only text (the usual case): the same count as WORD_RE without the regex
  if (!NON_ASCII.test(text)) {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      if (inWord) inWord = alnum || c === 95 || c === 45 || c === 39;
      else if (alnum) {
        inWord = true;
        n++;
      }
    }
    return n;
  }
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text) !== null) n++;
  return n;
}

export const WORDS_PER_MINUTE = 150;

/** A strong spoken answer runs about 2–4 minutes. */
export const TARGET_SECONDS = { min: 120, max: 240 } as const;

export type LengthVerdict = "empty" | "short" | "ok" | "long";

/** Speaking time at WORDS_PER_MINUTE, and where it falls against the target. */
export function speakingTime(words: number): { speakingSeconds: number; length: LengthVerdict } {
  const speakingSeconds = Math.round((words / WORDS_PER_MINUTE) * 60);
  const length: LengthVerdict =
    words === 0 ? "empty" : speakingSeconds < TARGET_SECONDS.min ? "short" : speakingSeconds > TARGET_SECONDS.max ? "long" : "ok";
  return { speakingSeconds, length };
}

/** "Under a minute spoken", "About 1 minute spoken", "About 2.5 minutes spoken" (to the half minute). */
export function spokenLength(seconds: number): string {
  if (seconds < 45) return "Under a minute spoken";
  const halves = Math.max(2, Math.round(seconds / 30));
  const minutes = halves / 2;
  return `About ${minutes} minute${minutes === 1 ? "" : "s"} spoken`;
}
