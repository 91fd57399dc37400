import { describe, expect, it } from "vitest";

import { blankCodeBlocks, joinSoftWraps, splitSentences } from "@/lib/rubric/text";

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

// Session 23: markdown kept in git and mail are hard-wrapped at 70-80 columns; each line used to
// be a sentence of its own, so "we paged the owner of" and "the schema" never met.
describe("soft wraps", () => {
  const wrapped = "When the replica fell behind we paged the owner of the\nschema, and the two of us paired on the migration until\nthe lag was back under a second.";

  it("a line break inside a wrapped sentence becomes a space, at the same offsets", () => {
    const joined = joinSoftWraps(wrapped);
    expect(joined.length).toBe(wrapped.length);
    expect(joined).toBe(wrapped.replaceAll("\n", " "));
    expect(splitSentences(joined)).toHaveLength(1);
  });

  it("a line ending on a word no sentence ends on goes on, even into a capital", () => {
    const text = "At half past two the replica stopped applying changes and we paged the owner of\nPostgres on call, who found the slot full.";
    expect(joinSoftWraps(text)).toBe(text.replace("\n", " "));
    const ended = "At half past two the replica stopped applying changes from the primary\nPostgres logged nothing at all.";
    expect(joinSoftWraps(ended)).toBe(ended);
  });

  it("a Windows line ending is blanked whole", () => {
    const crlf = wrapped.replaceAll("\n", "\r\n");
    expect(joinSoftWraps(crlf)).toBe(crlf.replaceAll("\r\n", "  "));
  });

  it("lists, headings, labels, short note lines and ended sentences keep their breaks", () => {
    for (const text of [
      "- rolled the config back at 14:05 and watched the graphs\n- paged the owner of the schema",
      "## What happened during the outage that night\nthe primary stopped accepting writes",
      "Root cause of the incident, as we understood it then:\nthe lease was never renewed",
      "lag up on the ledger db\nrolled back",
      "We rolled the config back and the lag went away at once.\nthen we waited",
      "There were two ways to fix it and we had to choose\na) fence the writer b) drop the lease",
      "The steps we took that night were, in this order, the\n10. rollback of the config push",
      "| step | owner | when the change went out to production |\n| rollback | me | 14:05 |",
      "The next morning we wrote up the whole incident in detail\nThen we shared it.",
    ]) {
      expect(joinSoftWraps(text)).toBe(text);
    }
  });
});

// Session 23: logs, debugger output and config pasted into a story are not the teller's sentences.
describe("code blocks", () => {
  const same = (a: string, b: string) => {
    expect(b.length).toBe(a.length);
    expect(b.split("\n").length).toBe(a.split("\n").length);
  };

  it("a fenced block is blanked, fences included, and the prose around it stays", () => {
    const text = "The flusher stalled:\n```\nERROR wal: fsync took 31s\n```\nSo I moved the fsync off the lock.";
    const out = blankCodeBlocks(text);
    same(text, out);
    expect(out).toContain("The flusher stalled:");
    expect(out).toContain("So I moved the fsync off the lock.");
    expect(out).not.toMatch(/ERROR|```/);
  });

  it("lines indented four spaces after a blank line are code; inline code keeps its words", () => {
    const text = "I ran `ANALYZE` on the table and then:\n\n    $ psql -c 'select 1'\n    ERROR: lock timeout\n\nThe lock was held by the vacuum.";
    const out = blankCodeBlocks(text);
    same(text, out);
    expect(out).toContain("I ran `ANALYZE` on the table");
    expect(out).not.toContain("lock timeout");
    expect(out).toContain("The lock was held by the vacuum.");
  });

  it("a paragraph indented under a list item belongs to the item, and plain text is untouched", () => {
    const list = "- 09:45 the filesystem is down\n\n    A third disk failed in the same shelf, so we called the vendor.\n\n- 15:00 the copy finished";
    expect(blankCodeBlocks(list)).toBe(list);
    const prose = "We paged the owner.\n\nThen we waited for the rebuild.";
    expect(blankCodeBlocks(prose)).toBe(prose);
    const indentedProse = "    I owned the session cache for two years, and I ran its on-call rotation.\n\nOne night it fell over.";
    expect(blankCodeBlocks(indentedProse)).toBe(indentedProse);
  });
});
