import { describe, expect, it } from "vitest";

import { saveDraftAction } from "@/app/drafts/actions";
import { db } from "@/lib/db";

// The server action is its own POST endpoint: whatever body reaches it, a bad one gets a
// clear message and writes nothing.
describe("saveDraftAction with bad input", () => {
  const malformed: unknown[] = [
    null,
    "not an object",
    { draftId: "x" },
    { title: "t", situation: "", task: "", actions: "", results: "", draftId: "abc", baseVersion: "1", clientSaveId: "nope" },
    {
      title: "t",
      situation: "a".repeat(10_001),
      task: "",
      actions: "",
      results: "",
      draftId: "abc",
      baseVersion: 1,
      clientSaveId: "3b241101-e2bb-4255-8caf-4136c566a962",
    },
  ];

  it.each(malformed.map((body, index) => [index, body]))("body #%i is refused with a message", async (_index, body) => {
    const revisionsBefore = await db.draftRevision.count();
    const result = await saveDraftAction(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe("invalid");
      expect(result.message.length).toBeGreaterThan(10);
    }
    expect(await db.draftRevision.count()).toBe(revisionsBefore);
  });

  it("names the over-long section and the limit", async () => {
    const result = await saveDraftAction(malformed[4]);
    expect(result.ok === false && result.kind === "invalid" && result.errors.situation?.[0]).toMatch(/Situation.*10,000/);
  });
});
