import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft.server";
import { CreateDraftSchema, SaveDraftSchema, type DraftContent } from "@/lib/drafts/draft-schema";
import { getDraft, listDrafts } from "@/lib/drafts/queries.server";
import { restoreRevision } from "@/lib/drafts/restore-revision.server";
import { REVISION_BURST_MS, saveDraft } from "@/lib/drafts/save-draft.server";
import { AppError } from "@/lib/errors";

import { createTestUser } from "../db-utils";

const QUESTION_ID = "it-save-draft-question";

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Test question", prompt: "Tell me about it." },
    update: {},
  });
});

const content = (over: Partial<DraftContent> = {}): DraftContent => ({
  title: "Lease expiry story",
  situation: "I owned the lease service; every write takes a lease.",
  task: "",
  actions: "",
  results: "",
  ...over,
});

function saveInput(draftId: string, baseVersion: number, over: Partial<DraftContent> = {}, clientSaveId = randomUUID()) {
  return SaveDraftSchema.parse({ ...content(over), draftId, baseVersion, clientSaveId });
}

async function newDraft() {
  const user = await createTestUser();
  const { id } = await createDraft(user, { questionId: QUESTION_ID });
  return { user, id };
}

describe("saveDraft", () => {
  it("saves, bumps the version and records a revision", async () => {
    const { user, id } = await newDraft();
    const result = await saveDraft(user, saveInput(id, 1));
    expect(result).toMatchObject({ status: "saved", version: 2 });
    const draft = await getDraft(user, id);
    expect(draft.situation).toContain("lease service");
    expect(draft.version).toBe(2);
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(1);
  });

  it("refuses a save based on an old version and returns the current text instead of overwriting", async () => {
    const { user, id } = await newDraft();
    await saveDraft(user, saveInput(id, 1, { situation: "from tab A" }));
    const stale = await saveDraft(user, saveInput(id, 1, { situation: "from tab B" }));
    expect(stale.status).toBe("conflict");
    if (stale.status === "conflict") {
      expect(stale.current.situation).toBe("from tab A");
      expect(stale.current.version).toBe(2);
    }
    expect((await getDraft(user, id)).situation).toBe("from tab A");
  });

  it("applies a retried save once (same client save id)", async () => {
    const { user, id } = await newDraft();
    const input = saveInput(id, 1, { situation: "first try" });
    const first = await saveDraft(user, input);
    const retry = await saveDraft(user, input);
    expect(retry).toMatchObject({ status: "saved", version: (first as { version: number }).version });
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(1);
    expect((await getDraft(user, id)).version).toBe(2);
  });

  it("treats a save of the text already stored as saved, without a new version", async () => {
    const { user, id } = await newDraft();
    await saveDraft(user, saveInput(id, 1, { situation: "same" }));
    const again = await saveDraft(user, saveInput(id, 1, { situation: "same" }));
    expect(again).toMatchObject({ status: "saved", version: 2 });
  });

  it("folds rapid saves into one revision and starts a new one after the burst", async () => {
    const { user, id } = await newDraft();
    const t0 = new Date("2026-01-01T10:00:00Z");
    await saveDraft(user, saveInput(id, 1, { situation: "a" }), { now: t0 });
    await saveDraft(user, saveInput(id, 2, { situation: "ab" }), { now: new Date(t0.getTime() + 5_000) });
    await saveDraft(user, saveInput(id, 3, { situation: "abc" }), { now: new Date(t0.getTime() + 10_000) });
    let revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { version: "asc" } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 4, situation: "abc" });

    await saveDraft(user, saveInput(id, 4, { situation: "abcd" }), { now: new Date(t0.getTime() + REVISION_BURST_MS + 1) });
    revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.situation])).toEqual([
      [4, "abc"],
      [5, "abcd"],
    ]);
  });

  it("keeps text a folded save took away as a hidden step of the burst, and restores it", async () => {
    const { user, id } = await newDraft();
    const t0 = new Date("2026-01-01T10:00:00Z");
    const at = (s: number) => ({ now: new Date(t0.getTime() + s * 1000) });
    const original = "We throttled compaction to 20 MB/s, which brought p99 back under 40 ms.";
    await saveDraft(user, saveInput(id, 1, { actions: original }), at(0));
    // A typo fix folds as before: nothing worth keeping was removed.
    await saveDraft(user, saveInput(id, 2, { actions: `${original} ` }), at(5));
    // Rewriting the sentence takes away far more: the old text stays as a step.
    await saveDraft(user, saveInput(id, 3, { actions: "We moved compaction off the hot disks." }), at(10));
    const revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.source, r.actions])).toEqual([
      [3, "step", `${original} `],
      [4, "edit", "We moved compaction off the hot disks."],
    ]);
    // The burst keeps its start, so the next save a minute later still folds.
    expect(revisions[1]!.createdAt.getTime()).toBe(t0.getTime());
    await saveDraft(user, saveInput(id, 4, { actions: "We moved compaction off the hot disks!" }), at(70));
    expect(await db.draftRevision.count({ where: { draftId: id, source: "edit" } })).toBe(1);

    const restored = await restoreRevision(user, id, revisions[0]!.id);
    expect(restored).toMatchObject({ restoredFrom: 3, changed: true });
    expect((await getDraft(user, id)).actions).toBe(`${original} `);
  });

  it("concurrent saves from the same version: exactly one wins, the other gets a conflict", async () => {
    const { user, id } = await newDraft();
    const results = await Promise.allSettled([
      saveDraft(user, saveInput(id, 1, { situation: "racer one" })),
      saveDraft(user, saveInput(id, 1, { situation: "racer two" })),
    ]);
    const statuses = results.map((r) => (r.status === "fulfilled" ? r.value.status : "error"));
    expect(statuses.filter((s) => s === "saved")).toHaveLength(1);
    expect((await getDraft(user, id)).version).toBe(2);
  });

  it("never touches another user's draft, whatever id the client sends", async () => {
    const { id } = await newDraft();
    const intruder = await createTestUser();
    await expect(saveDraft(intruder, saveInput(id, 1, { situation: "hijack" }))).rejects.toBeInstanceOf(AppError);
    await expect(getDraft(intruder, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listDrafts(intruder)).toEqual([]);
  });
});

describe("createDraft", () => {
  it("refuses an unknown question and a malformed body", async () => {
    const user = await createTestUser();
    await expect(createDraft(user, { questionId: "no-such-question" })).rejects.toMatchObject({ code: "not_found" });
    expect(CreateDraftSchema.safeParse({ questionId: 42 }).success).toBe(false);
    expect(await listDrafts(user)).toEqual([]);
  });
});
