import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { countDrafts } from "@/lib/drafts/count-drafts";
import { deleteDraft } from "@/lib/drafts/delete-draft";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft";
import { getRevisions, listRevisions } from "@/lib/drafts/history";
import { TRASH_RETENTION_DAYS } from "@/lib/drafts/lifecycle-schema";
import { listStoryBank } from "@/lib/drafts/list-story-bank";
import { listTrash } from "@/lib/drafts/list-trash";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash";
import { findDraftTitle, getDraft } from "@/lib/drafts/queries";
import { restoreDraft } from "@/lib/drafts/restore-draft";
import { restoreRevision } from "@/lib/drafts/restore-revision";
import { setAdjacent } from "@/lib/drafts/set-adjacent";
import { setArchived } from "@/lib/drafts/set-archived";
import { updateDraftTags } from "@/lib/drafts/update-tags";
import { probePromptId } from "@/lib/drills/drill-prompts";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer";
import { AppError } from "@/lib/errors";
import { listRehearsals } from "@/lib/rehearsals/list-rehearsals";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal";

import { createTestUser } from "./helpers";

const QUESTION_ID = "it-lifecycle-question";
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Lifecycle question", prompt: "Tell me about it." },
    update: {},
  });
});

async function seedDraft(ownerId: string, title = "A story") {
  const draft = await db.draft.create({
    data: {
      ownerId,
      questionId: QUESTION_ID,
      title,
      situation: "I worked on a backend service. It had to be fast.",
      revisions: {
        create: { version: 1, title, situation: "I worked on a backend service. It had to be fast.", task: "", actions: "", results: "" },
      },
      drillAnswers: { create: { promptId: probePromptId("slo"), question: "What was the SLO?", answer: "p99 under 20 ms." } },
      rehearsals: { create: { seconds: 150 } },
    },
    select: { id: true, updatedAt: true, revisions: { select: { id: true } } },
  });
  return { id: draft.id, updatedAt: draft.updatedAt, revisionId: draft.revisions[0]!.id };
}

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("deleteDraft and restoreDraft", () => {
  it("moves a draft to the trash, where no read or write of a draft reaches it, and restores it whole", async () => {
    const user = await createTestUser();
    const draft = await seedDraft(user.id, "Doomed story");

    expect(await deleteDraft(user.id, { draftId: draft.id })).toEqual({ id: draft.id, title: "Doomed story" });
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { deletedAt: true, updatedAt: true } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.updatedAt.getTime()).toBe(draft.updatedAt.getTime());

    // Every way in answers "not found" or nothing, as for someone else's draft.
    await expectAppError(getDraft(user.id, draft.id), "not_found");
    await expectAppError(listRevisions(user.id, draft.id), "not_found");
    await expectAppError(getRevisions(user.id, draft.id, draft.revisionId, draft.revisionId), "not_found");
    await expectAppError(restoreRevision(user.id, draft.id, draft.revisionId), "not_found");
    await expectAppError(duplicateDraft(user.id, { draftId: draft.id, questionId: QUESTION_ID }), "not_found");
    await expectAppError(updateDraftTags(user.id, { draftId: draft.id, tags: "x" }), "not_found");
    await expectAppError(setAdjacent(user.id, { draftId: draft.id, adjacent: true }), "not_found");
    await expectAppError(setArchived(user.id, { draftId: draft.id, archived: true }), "not_found");
    await expectAppError(saveDrillAnswer(user.id, { draftId: draft.id, promptId: probePromptId("slo"), answer: "Again." }), "not_found");
    await expectAppError(recordRehearsal(user.id, { draftId: draft.id, seconds: 100 }), "not_found");
    await expectAppError(deleteDraft(user.id, { draftId: draft.id }), "not_found");
    expect(await listDrillAnswers(user.id, draft.id)).toEqual([]);
    expect(await listRehearsals(user.id, draft.id)).toEqual([]);
    expect((await listStoryBank(user.id)).items).toEqual([]);
    expect(await findDraftTitle(user.id, draft.id, "live")).toBeNull();
    expect(await findDraftTitle(user.id, draft.id, "trashed")).toBe("Doomed story");
    expect(await countDrafts(user.id)).toEqual({ active: 0, archived: 0, trash: 1 });

    expect(await restoreDraft(user.id, { draftId: draft.id })).toEqual({ id: draft.id, title: "Doomed story", archived: false });
    expect((await getDraft(user.id, draft.id)).title).toBe("Doomed story");
    expect((await listRevisions(user.id, draft.id)).revisions).toHaveLength(1);
    expect(await listDrillAnswers(user.id, draft.id)).toHaveLength(1);
    expect(await listRehearsals(user.id, draft.id)).toHaveLength(1);
    expect((await listStoryBank(user.id)).items.map((item) => item.id)).toEqual([draft.id]);
    await expectAppError(restoreDraft(user.id, { draftId: draft.id }), "not_found");
  });

  it("will not delete or restore someone else's draft, and refuses malformed ids", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const draft = await seedDraft(owner.id);
    await expectAppError(deleteDraft(stranger.id, { draftId: draft.id }), "not_found");
    await deleteDraft(owner.id, { draftId: draft.id });
    await expectAppError(restoreDraft(stranger.id, { draftId: draft.id }), "not_found");
    expect(await listTrash(stranger.id)).toEqual([]);
    await expectAppError(deleteDraft(owner.id, { draftId: "../../etc" }), "bad_request");
    await expectAppError(restoreDraft(owner.id, {}), "bad_request");
  });

  it("restores an archived draft to Archived", async () => {
    const user = await createTestUser();
    const draft = await seedDraft(user.id);
    await setArchived(user.id, { draftId: draft.id, archived: true });
    await deleteDraft(user.id, { draftId: draft.id });
    expect((await restoreDraft(user.id, { draftId: draft.id })).archived).toBe(true);
    expect((await listStoryBank(user.id, { show: "archived" })).items.map((item) => item.id)).toEqual([draft.id]);
  });
});

describe("setArchived", () => {
  it("moves a draft out of the main list into Archived and back, without touching its edit time", async () => {
    const user = await createTestUser();
    const kept = await seedDraft(user.id, "Kept");
    const filed = await seedDraft(user.id, "Filed");

    await setArchived(user.id, { draftId: filed.id, archived: "true" });
    expect((await listStoryBank(user.id)).items.map((item) => item.title)).toEqual(["Kept"]);
    const archived = await listStoryBank(user.id, { show: "archived" });
    expect(archived.items.map((item) => item.title)).toEqual(["Filed"]);
    expect(archived.total).toBe(1);
    expect(archived.counts).toEqual({ active: 1, archived: 1, trash: 0 });
    // Archived is filing, not deleting: the draft still opens.
    expect((await getDraft(user.id, filed.id)).title).toBe("Filed");
    const row = await db.draft.findUniqueOrThrow({ where: { id: filed.id }, select: { updatedAt: true, archivedAt: true } });
    expect(row.archivedAt).toBeInstanceOf(Date);
    expect(row.updatedAt.getTime()).toBe(filed.updatedAt.getTime());

    await setArchived(user.id, { draftId: filed.id, archived: false });
    expect((await listStoryBank(user.id)).items.map((item) => item.title).sort()).toEqual(["Filed", "Kept"]);
    expect((await listStoryBank(user.id, { show: "archived" })).items).toEqual([]);
    expect(kept.id).toBeTruthy();
  });

  it("refuses someone else's draft and malformed input", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const draft = await seedDraft(owner.id);
    await expectAppError(setArchived(stranger.id, { draftId: draft.id, archived: true }), "not_found");
    await expectAppError(setArchived(owner.id, { draftId: draft.id, archived: "yes" }), "bad_request");
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { archivedAt: true } })).archivedAt).toBeNull();
  });
});

describe("the trash", () => {
  it(`lists deleted drafts newest first and purges those deleted over ${TRASH_RETENTION_DAYS} days ago, with everything they held`, async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const now = new Date("2026-06-30T12:00:00Z");
    const old = await seedDraft(user.id, "Old");
    const recent = await seedDraft(user.id, "Recent");
    const edge = await seedDraft(user.id, "Edge");
    const theirs = await seedDraft(stranger.id, "Theirs");
    await deleteDraft(user.id, { draftId: old.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS + 1) * DAY_MS));
    await deleteDraft(user.id, { draftId: edge.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS - 1) * DAY_MS));
    await deleteDraft(user.id, { draftId: recent.id }, new Date(now.getTime() - DAY_MS));
    await deleteDraft(stranger.id, { draftId: theirs.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS + 5) * DAY_MS));

    const trash = await listTrash(user.id, now);
    expect(trash.map((item) => item.title)).toEqual(["Recent", "Edge"]);
    expect(trash[0]).toMatchObject({ questionTitle: "Lifecycle question" });
    expect(trash[0]!.purgeAt.getTime() - trash[0]!.deletedAt.getTime()).toBe(TRASH_RETENTION_DAYS * DAY_MS);
    expect(await db.draft.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.draftRevision.count({ where: { draftId: old.id } })).toBe(0);
    expect(await db.drillAnswer.count({ where: { draftId: old.id } })).toBe(0);
    expect(await db.rehearsal.count({ where: { draftId: old.id } })).toBe(0);
    // Someone else's trash is theirs to purge.
    expect(await db.draft.findUnique({ where: { id: theirs.id }, select: { id: true } })).not.toBeNull();
    expect(await purgeExpiredTrash(stranger.id, now)).toBe(1);
  });

  it("is purged when the story bank is listed, too, and never touches live drafts", async () => {
    const user = await createTestUser();
    const live = await seedDraft(user.id, "Live but old");
    await db.draft.update({ where: { id: live.id }, data: { archivedAt: new Date("2020-01-01T00:00:00Z") } });
    const gone = await seedDraft(user.id, "Long deleted");
    await deleteDraft(user.id, { draftId: gone.id }, new Date("2020-01-01T00:00:00Z"));

    const bank = await listStoryBank(user.id, { show: "archived" });
    expect(bank.items.map((item) => item.title)).toEqual(["Live but old"]);
    expect(bank.counts).toEqual({ active: 0, archived: 1, trash: 0 });
    expect(await db.draft.findUnique({ where: { id: gone.id } })).toBeNull();
  });
});
