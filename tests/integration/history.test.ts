import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft.server";
import { SaveDraftSchema, type DraftContent } from "@/lib/drafts/draft-schema";
import { getRevisions, listRevisions } from "@/lib/drafts/history.server";
import { getDraft } from "@/lib/drafts/queries.server";
import { restoreRevision } from "@/lib/drafts/restore-revision.server";
import { REVISION_BURST_MS, saveDraft } from "@/lib/drafts/save-draft.server";
import { scoreSections } from "@/lib/drafts/score-sections";

import { createTestUser } from "../db-utils";

const QUESTION_ID = "it-history-question";

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "History test question", prompt: "Tell me about a system you owned." },
    update: {},
  });
});

const FIRST: DraftContent = {
  title: "Queue backlog story",
  situation: "I owned the ingest queue that every order event passes through.",
  task: "Backlog had to stay under one minute at peak.",
  actions: "I added consumer autoscaling.",
  results: "",
};
const SECOND: DraftContent = {
  ...FIRST,
  title: "Queue backlog story (rollout)",
  actions: "I added consumer autoscaling and rolled it out behind a flag, one region at a time.",
  results: "Peak backlog fell from 9 minutes to 40 seconds.",
};

const save = (owner: Actor, draftId: string, baseVersion: number, content: DraftContent, now: Date) =>
  saveDraft(owner, SaveDraftSchema.parse({ ...content, draftId, baseVersion, clientSaveId: randomUUID() }), { now });

/** A draft with two saved versions: FIRST (version 2) then SECOND (version 3), a burst apart. */
async function draftWithTwoVersions() {
  const user = await createTestUser();
  const { id } = await createDraft(user, { questionId: QUESTION_ID });
  const t0 = new Date();
  await save(user, id, 1, FIRST, t0);
  await save(user, id, 2, SECOND, new Date(t0.getTime() + REVISION_BURST_MS + 1_000));
  const { revisions } = await listRevisions(user, id);
  expect(revisions.map((r) => r.version)).toEqual([3, 2]);
  return { user, id, older: revisions[1]!, latest: revisions[0]! };
}

describe("restoreRevision", () => {
  it("copies an old version into the draft as a new version and records a restore revision", async () => {
    const { user, id, older } = await draftWithTwoVersions();

    const result = await restoreRevision(user, id, older.id);
    expect(result).toEqual({ version: 4, restoredFrom: 2, changed: true });

    const draft = await getDraft(user, id);
    expect(draft).toMatchObject({ ...FIRST, version: 4, score: scoreSections(FIRST, draft.question.profile) });

    const revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { version: "desc" } });
    expect(revisions.map((r) => [r.version, r.source])).toEqual([
      [4, "restore"],
      [3, "edit"],
      [2, "edit"],
    ]);
    expect(revisions[0]).toMatchObject(FIRST);
    // The version that was replaced is still there, untouched.
    expect(revisions[1]).toMatchObject(SECOND);
  });

  it("makes an editor still open on the replaced version get a conflict instead of overwriting", async () => {
    const { user, id, older } = await draftWithTwoVersions();
    await restoreRevision(user, id, older.id);
    const stale = await save(user, id, 3, { ...SECOND, results: "typed in an old tab" }, new Date());
    expect(stale.status).toBe("conflict");
    expect((await getDraft(user, id)).results).toBe(FIRST.results);
  });

  it("writes nothing when the draft already holds that text", async () => {
    const { user, id, latest } = await draftWithTwoVersions();
    expect(await restoreRevision(user, id, latest.id)).toEqual({ version: 3, restoredFrom: 3, changed: false });
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(2);
  });

  it("refuses another user's revision, whichever draft id comes with it", async () => {
    const { id, older } = await draftWithTwoVersions();
    const intruder = await createTestUser();
    const { id: intruderDraftId } = await createDraft(intruder, { questionId: QUESTION_ID });

    await expect(restoreRevision(intruder, id, older.id)).rejects.toMatchObject({ code: "not_found" });
    // The intruder's own draft id with the victim's revision id: the revision is not in that draft.
    await expect(restoreRevision(intruder, intruderDraftId, older.id)).rejects.toMatchObject({ code: "not_found" });

    const victim = await db.draft.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } });
    expect(victim).toEqual({ version: 3, title: SECOND.title });
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(2);
    expect(await db.draftRevision.count({ where: { draftId: intruderDraftId } })).toBe(0);
    expect((await db.draft.findUniqueOrThrow({ where: { id: intruderDraftId }, select: { title: true } })).title).not.toBe(FIRST.title);
  });

  it("refuses a revision id that belongs to another draft of the same user", async () => {
    const { user, id } = await draftWithTwoVersions();
    const { id: otherDraftId } = await createDraft(user, { questionId: QUESTION_ID });
    const { older } = await listRevisions(user, id).then(({ revisions }) => ({ older: revisions[1]! }));
    await expect(restoreRevision(user, otherDraftId, older.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("listRevisions and getRevisions", () => {
  it("list the owner's versions newest first with only the fields the page needs", async () => {
    const { user, id } = await draftWithTwoVersions();
    const { draft, revisions } = await listRevisions(user, id);
    expect(draft).toMatchObject({ id, title: SECOND.title, version: 3, questionTitle: "History test question" });
    expect(revisions).toHaveLength(2);
    expect(Object.keys(revisions[0]!).sort()).toEqual(["createdAt", "id", "score", "source", "updatedAt", "version"]);
  });

  it("show nothing of a draft to anyone but its owner", async () => {
    const { id, older, latest } = await draftWithTwoVersions();
    const intruder = await createTestUser();
    await expect(listRevisions(intruder, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRevisions(intruder, id, older.id, latest.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("return the text of two versions of the same draft, and refuse ids from another draft", async () => {
    const { user, id, older, latest } = await draftWithTwoVersions();
    const { from, to } = await getRevisions(user, id, older.id, latest.id);
    expect(from).toMatchObject({ ...FIRST, version: 2 });
    expect(to).toMatchObject({ ...SECOND, version: 3 });
    expect((await getRevisions(user, id, latest.id, latest.id)).from.id).toBe(latest.id);

    const other = await draftWithTwoVersions();
    await expect(getRevisions(user, id, older.id, other.latest.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("list no versions for a draft that was never saved", async () => {
    const user = await createTestUser();
    const { id } = await createDraft(user, { questionId: QUESTION_ID });
    expect((await listRevisions(user, id)).revisions).toEqual([]);
  });
});
