import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { countDrafts } from "@/lib/drafts/count-drafts.server";
import { deleteDraft } from "@/lib/drafts/delete-draft.server";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft.server";
import { getRevisions, listRevisions } from "@/lib/drafts/history.server";
import { DraftIdInputSchema, SetArchivedSchema, TRASH_RETENTION_DAYS } from "@/lib/drafts/story-bank-schema";
import { listStoryBank } from "@/lib/drafts/list-story-bank.server";
import { listTrash } from "@/lib/drafts/list-trash.server";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash.server";
import { findDraftTitle, getDraft } from "@/lib/drafts/queries.server";
import { restoreDraft } from "@/lib/drafts/restore-draft.server";
import { restoreRevision } from "@/lib/drafts/restore-revision.server";
import { setAdjacent } from "@/lib/drafts/set-adjacent.server";
import { setArchived } from "@/lib/drafts/set-archived.server";
import { updateDraftTags } from "@/lib/drafts/update-tags.server";
import { probePromptId } from "@/lib/drills/drill-prompts";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers.server";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer.server";
import { listRehearsals } from "@/lib/rehearsals/list-rehearsals.server";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal.server";

import { createTestUser } from "../db-utils";
import { expectAppError } from "./expect-app-error";

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

describe("deleteDraft and restoreDraft", () => {
  it("moves a draft to the trash, where no read or write of a draft reaches it, and restores it whole", async () => {
    const user = await createTestUser();
    const draft = await seedDraft(user.id, "Doomed story");

    expect(await deleteDraft(user, { draftId: draft.id })).toEqual({ id: draft.id, title: "Doomed story" });
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { deletedAt: true, updatedAt: true } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.updatedAt.getTime()).toBe(draft.updatedAt.getTime());

    // Every way in answers "not found" or nothing, as for someone else's draft.
    await expectAppError(getDraft(user, draft.id), "not_found");
    await expectAppError(listRevisions(user, draft.id), "not_found");
    await expectAppError(getRevisions(user, draft.id, draft.revisionId, draft.revisionId), "not_found");
    await expectAppError(restoreRevision(user, draft.id, draft.revisionId), "not_found");
    await expectAppError(duplicateDraft(user, { draftId: draft.id, questionId: QUESTION_ID }), "not_found");
    await expectAppError(updateDraftTags(user, { draftId: draft.id, tags: ["x"] }), "not_found");
    await expectAppError(setAdjacent(user, { draftId: draft.id, adjacent: true }), "not_found");
    await expectAppError(setArchived(user, { draftId: draft.id, archived: true }), "not_found");
    await expectAppError(saveDrillAnswer(user, { draftId: draft.id, promptId: probePromptId("slo"), answer: "Again." }), "not_found");
    await expectAppError(recordRehearsal(user, { draftId: draft.id, seconds: 100 }), "not_found");
    await expectAppError(deleteDraft(user, { draftId: draft.id }), "not_found");
    expect(await listDrillAnswers(user, draft.id)).toEqual([]);
    expect(await listRehearsals(user, draft.id)).toEqual([]);
    expect((await listStoryBank(user)).items).toEqual([]);
    expect(await findDraftTitle(user, draft.id, "live")).toBeNull();
    expect(await findDraftTitle(user, draft.id, "trashed")).toBe("Doomed story");
    expect(await countDrafts(user)).toEqual({ active: 0, archived: 0, trash: 1 });

    expect(await restoreDraft(user, { draftId: draft.id })).toEqual({ id: draft.id, title: "Doomed story", archived: false });
    expect((await getDraft(user, draft.id)).title).toBe("Doomed story");
    expect((await listRevisions(user, draft.id)).revisions).toHaveLength(1);
    expect(await listDrillAnswers(user, draft.id)).toHaveLength(1);
    expect(await listRehearsals(user, draft.id)).toHaveLength(1);
    expect((await listStoryBank(user)).items.map((item) => item.id)).toEqual([draft.id]);
    await expectAppError(restoreDraft(user, { draftId: draft.id }), "not_found");
  });

  it("will not delete or restore someone else's draft, and refuses malformed ids", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const draft = await seedDraft(owner.id);
    await expectAppError(deleteDraft(stranger, { draftId: draft.id }), "not_found");
    await deleteDraft(owner, { draftId: draft.id });
    await expectAppError(restoreDraft(stranger, { draftId: draft.id }), "not_found");
    expect(await listTrash(stranger)).toEqual([]);
    // Malformed input never reaches lib: the actions parse with these schemas first.
    expect(DraftIdInputSchema.safeParse({ draftId: "../../etc" }).success).toBe(false);
    expect(DraftIdInputSchema.safeParse({}).success).toBe(false);
  });

  it("restores an archived draft to Archived", async () => {
    const user = await createTestUser();
    const draft = await seedDraft(user.id);
    await setArchived(user, { draftId: draft.id, archived: true });
    await deleteDraft(user, { draftId: draft.id });
    expect((await restoreDraft(user, { draftId: draft.id })).archived).toBe(true);
    expect((await listStoryBank(user, { show: "archived" })).items.map((item) => item.id)).toEqual([draft.id]);
  });
});

describe("setArchived", () => {
  it("moves a draft out of the main list into Archived and back, without touching its edit time", async () => {
    const user = await createTestUser();
    const kept = await seedDraft(user.id, "Kept");
    const filed = await seedDraft(user.id, "Filed");

    await setArchived(user, SetArchivedSchema.parse({ draftId: filed.id, archived: "true" }));
    expect((await listStoryBank(user)).items.map((item) => item.title)).toEqual(["Kept"]);
    const archived = await listStoryBank(user, { show: "archived" });
    expect(archived.items.map((item) => item.title)).toEqual(["Filed"]);
    expect(archived.total).toBe(1);
    expect(archived.counts).toEqual({ active: 1, archived: 1, trash: 0 });
    // Archived is filing, not deleting: the draft still opens.
    expect((await getDraft(user, filed.id)).title).toBe("Filed");
    const row = await db.draft.findUniqueOrThrow({ where: { id: filed.id }, select: { updatedAt: true, archivedAt: true } });
    expect(row.archivedAt).toBeInstanceOf(Date);
    expect(row.updatedAt.getTime()).toBe(filed.updatedAt.getTime());

    await setArchived(user, { draftId: filed.id, archived: false });
    expect((await listStoryBank(user)).items.map((item) => item.title).sort()).toEqual(["Filed", "Kept"]);
    expect((await listStoryBank(user, { show: "archived" })).items).toEqual([]);
    expect(kept.id).toBeTruthy();
  });

  it("refuses someone else's draft and malformed input", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const draft = await seedDraft(owner.id);
    await expectAppError(setArchived(stranger, { draftId: draft.id, archived: true }), "not_found");
    expect(SetArchivedSchema.safeParse({ draftId: draft.id, archived: "yes" }).success).toBe(false);
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
    await deleteDraft(user, { draftId: old.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS + 1) * DAY_MS));
    await deleteDraft(user, { draftId: edge.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS - 1) * DAY_MS));
    await deleteDraft(user, { draftId: recent.id }, new Date(now.getTime() - DAY_MS));
    await deleteDraft(stranger, { draftId: theirs.id }, new Date(now.getTime() - (TRASH_RETENTION_DAYS + 5) * DAY_MS));

    const trash = await listTrash(user, now);
    expect(trash.map((item) => item.title)).toEqual(["Recent", "Edge"]);
    expect(trash[0]).toMatchObject({ questionTitle: "Lifecycle question" });
    expect(trash[0]!.purgeAt.getTime() - trash[0]!.deletedAt.getTime()).toBe(TRASH_RETENTION_DAYS * DAY_MS);
    expect(await db.draft.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.draftRevision.count({ where: { draftId: old.id } })).toBe(0);
    expect(await db.drillAnswer.count({ where: { draftId: old.id } })).toBe(0);
    expect(await db.rehearsal.count({ where: { draftId: old.id } })).toBe(0);
    // Someone else's trash is theirs to purge.
    expect(await db.draft.findUnique({ where: { id: theirs.id }, select: { id: true } })).not.toBeNull();
    expect(await purgeExpiredTrash(stranger, now)).toBe(1);
  });

  it("is purged when the story bank is listed, too, and never touches live drafts", async () => {
    const user = await createTestUser();
    const live = await seedDraft(user.id, "Live but old");
    await db.draft.update({ where: { id: live.id }, data: { archivedAt: new Date("2020-01-01T00:00:00Z") } });
    const gone = await seedDraft(user.id, "Long deleted");
    await deleteDraft(user, { draftId: gone.id }, new Date("2020-01-01T00:00:00Z"));

    const bank = await listStoryBank(user, { show: "archived" });
    expect(bank.items.map((item) => item.title)).toEqual(["Live but old"]);
    expect(bank.counts).toEqual({ active: 0, archived: 1, trash: 0 });
    expect(await db.draft.findUnique({ where: { id: gone.id } })).toBeNull();
  });
});
