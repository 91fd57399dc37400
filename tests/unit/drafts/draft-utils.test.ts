import { describe, expect, it } from "vitest";

import { DRAFT_LIMITS, DraftContentSchema, SaveDraftSchema } from "@/lib/drafts/draft-schema";
import { draftToMarkdown, markdownFileName } from "@/lib/drafts/to-markdown";
import { diffDrafts } from "@/lib/drafts/word-diff";

const base = { title: "Lag story", situation: "I owned the router.", task: "", actions: "We added backoff.", results: "" };

describe("DraftContentSchema", () => {
  it("accepts a normal draft and keeps section whitespace", () => {
    const parsed = DraftContentSchema.parse({ ...base, situation: "  spaced  " });
    expect(parsed.situation).toBe("  spaced  ");
  });

  it("refuses a section over the limit with a message that names the section and the limit", () => {
    const result = DraftContentSchema.safeParse({ ...base, actions: "a".repeat(DRAFT_LIMITS.section + 1) });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? "";
    expect(message).toContain("Actions");
    expect(message).toContain("10,000");
  });

  it("drops NUL characters, which PostgreSQL cannot store", () => {
    expect(DraftContentSchema.parse({ ...base, task: "a\u0000b" }).task).toBe("ab");
  });

  it("requires a title", () => {
    expect(DraftContentSchema.safeParse({ ...base, title: "   " }).success).toBe(false);
  });

  it("refuses malformed save envelopes", () => {
    const good = { ...base, draftId: "abc123", baseVersion: 1, clientSaveId: "3b241101-e2bb-4255-8caf-4136c566a962" };
    expect(SaveDraftSchema.safeParse(good).success).toBe(true);
    expect(SaveDraftSchema.safeParse({ ...good, baseVersion: "1" }).success).toBe(false);
    expect(SaveDraftSchema.safeParse({ ...good, draftId: "../etc" }).success).toBe(false);
    expect(SaveDraftSchema.safeParse({ ...good, clientSaveId: "nope" }).success).toBe(false);
  });
});

describe("diffDrafts", () => {
  it("marks added and removed words per section", () => {
    const diff = diffDrafts(base, { ...base, actions: "We added jittered backoff." });
    const actions = diff.find((d) => d.key === "actions")!;
    expect(actions.changed).toBe(true);
    expect(actions.parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toContain("jittered");
    expect(diff.find((d) => d.key === "situation")!.changed).toBe(false);
  });
});

describe("draftToMarkdown", () => {
  it("writes one heading per section and marks empty ones", () => {
    const md = draftToMarkdown({ ...base, questionTitle: "Owning infra", score: 42 });
    expect(md).toMatch(/^# Lag story\n/);
    expect(md).toContain("## Situation\n\nI owned the router.");
    expect(md).toContain("## Task\n\n_(not written yet)_");
    expect(md).toContain("42/100");
  });

  it("derives a safe file name", () => {
    expect(markdownFileName("WAL gap: ../../etc <x>")).toBe("wal-gap-etc-x.md");
    expect(markdownFileName("???")).toBe("draft.md");
  });
});
