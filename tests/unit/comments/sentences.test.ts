import { describe, expect, it } from "vitest";

import { splitSentences } from "@/lib/star/sentences";

describe("splitSentences", () => {
  it("splits on sentence ends and line breaks, with spans that slice back to the sentence", () => {
    const text = "We ran etcd. Elections took 30 s! Why?\nA list line\n\n  Last one with v3.5 inside";
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["We ran etcd.", "Elections took 30 s!", "Why?", "A list line", "Last one with v3.5 inside"]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("has nothing for an empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n \n")).toEqual([]);
  });
});
