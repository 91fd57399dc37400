import { describe, expect, it } from "vitest";

import { splitSentences } from "@/lib/rubric/text";

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentence boundaries", () => {
  it("a spaced pipe or bullet between fragments ends a line of a list", () => {
    expect(pieces("owned the cache | set the SLO • ran the incident")).toEqual(["owned the cache", "set the SLO", "ran the incident"]);
  });

  it("a pipe inside a command or a word is not a boundary", () => {
    expect(pieces("I ran ps aux|grep java and saw it. Then I stopped.")).toEqual(["I ran ps aux|grep java and saw it.", "Then I stopped."]);
  });

  it("offsets stay exact after a separator", () => {
    const text = "alpha | beta";
    const [, second] = splitSentences(text);
    expect(text.slice(second!.start, second!.end)).toBe("beta");
  });
});
