import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { DRAFT_LIMITS } from "@/lib/drafts/draft-schema";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft.server";
import { listStoryBank } from "@/lib/drafts/list-story-bank.server";
import { copyTitle, parseStoryBankFilters, TAG_LIMITS, UpdateTagsSchema, DuplicateDraftSchema } from "@/lib/drafts/story-bank-schema";
import { updateDraftTags } from "@/lib/drafts/update-tags.server";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal.server";

import { createTestUser } from "../db-utils";
import { expectAppError } from "./expect-app-error";

const QUESTION_A = "it-story-bank-a";
const QUESTION_B = "it-story-bank-b";

beforeAll(async () => {
  for (const [id, title] of [
    [QUESTION_A, "Owning a storage component"],
    [QUESTION_B, "A time you disagreed with your team"],
  ] as const) {
    await db.question.upsert({ where: { id }, create: { id, title, prompt: "Tell me about it." }, update: {} });
  }
});

type DraftSeed = { title: string; questionId?: string; tags?: string; situation?: string; actions?: string };

async function seedDrafts(ownerId: string, drafts: DraftSeed[]) {
  const ids: string[] = [];
  for (const draft of drafts) {
    const row = await db.draft.create({
      data: { ownerId, questionId: draft.questionId ?? QUESTION_A, title: draft.title, tags: draft.tags ?? "", situation: draft.situation ?? "", actions: draft.actions ?? "" },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

describe("updateDraftTags", () => {
  it("stores tags lower-cased, trimmed, de-duplicated and comma-joined, without touching the edit time", async () => {
    const user = await createTestUser();
    const [id] = await seedDrafts(user.id, [{ title: "Tagged" }]);
    const before = await db.draft.findUniqueOrThrow({ where: { id }, select: { updatedAt: true, version: true } });

    const result = await updateDraftTags(user, UpdateTagsSchema.parse({ draftId: id!, tags: " Postgres, On-Call ,postgres,, WAL  archive " }));
    expect(result.tags).toEqual(["postgres", "on-call", "wal archive"]);
    const after = await db.draft.findUniqueOrThrow({ where: { id }, select: { tags: true, updatedAt: true, version: true } });
    expect(after.tags).toBe("postgres,on-call,wal archive");
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(after.version).toBe(before.version);

    await updateDraftTags(user, UpdateTagsSchema.parse({ draftId: id!, tags: " , " }));
    expect((await db.draft.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags).toBe("");
  });

  it("refuses too many tags, tags that are too long and tags with odd characters", async () => {
    const user = await createTestUser();
    const [id] = await seedDrafts(user.id, [{ title: "Tagged", tags: "keep" }]);
    const nine = Array.from({ length: TAG_LIMITS.count + 1 }, (_, i) => `tag${i}`).join(",");
    expect(UpdateTagsSchema.safeParse({ draftId: id!, tags: nine }).success).toBe(false);
    expect(UpdateTagsSchema.safeParse({ draftId: id!, tags: "x".repeat(TAG_LIMITS.length + 1) }).success).toBe(false);
    expect(UpdateTagsSchema.safeParse({ draftId: id!, tags: "<script>" }).success).toBe(false);
    expect(UpdateTagsSchema.safeParse({ draftId: id!, tags: 42 }).success).toBe(false);
    expect((await db.draft.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags).toBe("keep");
    // Exactly at the limits is fine.
    const eight = Array.from({ length: TAG_LIMITS.count }, (_, i) => `${i}`.padEnd(TAG_LIMITS.length, "x")).join(",");
    expect((await updateDraftTags(user, UpdateTagsSchema.parse({ draftId: id!, tags: eight }))).tags).toHaveLength(TAG_LIMITS.count);
  });

  it("treats another user's draft as not found", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const [id] = await seedDrafts(owner.id, [{ title: "Mine", tags: "original" }]);
    await expectAppError(updateDraftTags(stranger, UpdateTagsSchema.parse({ draftId: id!, tags: "hijacked" })), "not_found");
    expect((await db.draft.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags).toBe("original");
  });
});

describe("listStoryBank", () => {
  it("lists only the owner's stories with question, score, tags and last rehearsal", async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const [rehearsed, quiet] = await seedDrafts(user.id, [
      { title: "Lag story", tags: "postgres,on-call" },
      { title: "Quiet story" },
    ]);
    await seedDrafts(stranger.id, [{ title: "Someone else's story", tags: "postgres" }]);
    await recordRehearsal(user, { draftId: rehearsed!, seconds: 200 });
    await recordRehearsal(user, { draftId: rehearsed!, seconds: 170 });

    const bank = await listStoryBank(user);
    expect(bank.total).toBe(2);
    expect(bank.items.map((item) => item.title).sort()).toEqual(["Lag story", "Quiet story"]);
    expect(bank.tags).toEqual(["on-call", "postgres"]);
    const lag = bank.items.find((item) => item.id === rehearsed)!;
    expect(lag).toMatchObject({ tags: ["postgres", "on-call"], score: null, question: { id: QUESTION_A, title: "Owning a storage component" } });
    expect(lag.lastRehearsal?.seconds).toBe(170);
    expect(bank.items.find((item) => item.id === quiet)!.lastRehearsal).toBeNull();
  });

  it("filters by tag, by question and by words anywhere in the story, and says how many there are in all", async () => {
    const user = await createTestUser();
    await seedDrafts(user.id, [
      { title: "WAL archiver gap", tags: "postgres,backups", situation: "I owned the WAL archiver for our PostgreSQL fleet." },
      { title: "Cache stampede", tags: "cache", actions: "I added request coalescing to stop the Thundering herd." },
      { title: "Pushing back on a launch", questionId: QUESTION_B, tags: "postgres" },
    ]);
    const titles = async (raw: Record<string, string>) =>
      (await listStoryBank(user, parseStoryBankFilters(raw))).items.map((item) => item.title).sort();

    expect(await titles({ tag: "Postgres" })).toEqual(["Pushing back on a launch", "WAL archiver gap"]);
    expect(await titles({ question: QUESTION_B })).toEqual(["Pushing back on a launch"]);
    expect(await titles({ q: "thundering HERD" })).toEqual(["Cache stampede"]);
    expect(await titles({ q: "postgresql archiver" })).toEqual(["WAL archiver gap"]);
    expect(await titles({ q: "disagreed" })).toEqual(["Pushing back on a launch"]);
    expect(await titles({ tag: "postgres", question: QUESTION_A })).toEqual(["WAL archiver gap"]);
    const none = await listStoryBank(user, parseStoryBankFilters({ q: "kafka" }));
    expect(none.items).toEqual([]);
    expect(none.total).toBe(3);
    // Empty parameters mean "no filter".
    expect(await titles({ q: "", tag: "", question: "" })).toHaveLength(3);
  });
});

describe("duplicateDraft", () => {
  it("copies the text and tags into a new draft for the chosen question, at version 1 with no history", async () => {
    const user = await createTestUser();
    const source = await db.draft.create({
      data: {
        ownerId: user.id,
        questionId: QUESTION_A,
        title: "Replication lag",
        situation: "S text",
        task: "T text",
        actions: "A text",
        results: "R text",
        tags: "postgres",
        version: 7,
        revisions: { create: { version: 7, title: "Replication lag", situation: "S text", task: "T text", actions: "A text", results: "R text" } },
      },
      select: { id: true },
    });

    const { id } = await duplicateDraft(user, { draftId: source.id, questionId: QUESTION_B });
    expect(id).not.toBe(source.id);
    const copy = await db.draft.findUniqueOrThrow({ where: { id } });
    expect(copy).toMatchObject({
      ownerId: user.id,
      questionId: QUESTION_B,
      title: "Replication lag (copy)",
      situation: "S text",
      task: "T text",
      actions: "A text",
      results: "R text",
      tags: "postgres",
      version: 1,
    });
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(0);
    // The original is untouched.
    expect(await db.draft.findUniqueOrThrow({ where: { id: source.id }, select: { title: true, version: true } })).toEqual({
      title: "Replication lag",
      version: 7,
    });
  });

  it("keeps the copy's title within the title limit", () => {
    const long = "x".repeat(DRAFT_LIMITS.title);
    expect(copyTitle(long).length).toBe(DRAFT_LIMITS.title);
    expect(copyTitle(long).endsWith(" (copy)")).toBe(true);
  });

  it("refuses another user's draft and unknown questions without creating anything", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const [id] = await seedDrafts(owner.id, [{ title: "Mine" }]);
    await expectAppError(duplicateDraft(stranger, { draftId: id!, questionId: QUESTION_A }), "not_found");
    await expectAppError(duplicateDraft(owner, { draftId: id!, questionId: "no-such-question" }), "not_found");
    expect(DuplicateDraftSchema.safeParse({ draftId: id }).success).toBe(false);
    expect(await db.draft.count({ where: { ownerId: stranger.id } })).toBe(0);
    expect(await db.draft.count({ where: { ownerId: owner.id } })).toBe(1);
  });
});
