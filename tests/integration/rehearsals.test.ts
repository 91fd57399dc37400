import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listRehearsals } from "@/lib/rehearsals/list-rehearsals.server";
import { RecordRehearsalSchema } from "@/lib/rehearsals/rehearsal-schema";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal.server";

import { createTestUser } from "../db-utils";
import { expectAppError } from "./expect-app-error";

const QUESTION_ID = "it-rehearsals-question";

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Rehearsal test question", prompt: "Tell me about it." },
    update: {},
  });
});

async function newDraft() {
  const user = await createTestUser();
  const draft = await db.draft.create({
    data: { ownerId: user.id, questionId: QUESTION_ID, title: "Timed story", situation: "I owned the queue." },
    select: { id: true },
  });
  return { user, draftId: draft.id };
}

describe("recordRehearsal and listRehearsals", () => {
  it("records runs and lists them newest first", async () => {
    const { user, draftId } = await newDraft();
    await recordRehearsal(user, { draftId, seconds: 95 });
    await recordRehearsal(user, RecordRehearsalSchema.parse({ draftId, seconds: "185" }));
    const last = await recordRehearsal(user, { draftId, seconds: 262 });
    expect(last.seconds).toBe(262);

    const runs = await listRehearsals(user, draftId);
    expect(runs.map((run) => run.seconds)).toEqual([262, 185, 95]);
    expect(runs[0]!.id).toBe(last.id);
  });

  it("refuses run times that are not whole seconds between one second and an hour", async () => {
    const { user, draftId } = await newDraft();
    for (const seconds of [0, -5, 3601, 12.5, "soon", null]) {
      expect(RecordRehearsalSchema.safeParse({ draftId, seconds }).success).toBe(false);
    }
    expect(await db.rehearsal.count({ where: { draftId } })).toBe(0);
    await recordRehearsal(user, { draftId, seconds: 3600 });
  });

  it("treats another user's draft as not found, for writes and reads", async () => {
    const { user, draftId } = await newDraft();
    await recordRehearsal(user, { draftId, seconds: 150 });
    const stranger = await createTestUser();
    await expectAppError(recordRehearsal(stranger, { draftId, seconds: 150 }), "not_found");
    await expectAppError(recordRehearsal(stranger, { draftId: "no-such-draft", seconds: 150 }), "not_found");
    expect(await listRehearsals(stranger, draftId)).toEqual([]);
    expect(await db.rehearsal.count({ where: { draftId } })).toBe(1);
  });
});
