import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listRehearsals } from "@/lib/rehearsals/list-rehearsals";
import { buildOutline } from "@/lib/rehearsals/outline";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal";
import { formatDuration, rehearsalBand } from "@/lib/rehearsals/rehearsal-schema";
import { scoreDraft } from "@/lib/rubric";

import { createTestUser } from "./helpers";

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

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("recordRehearsal and listRehearsals", () => {
  it("records runs and lists them newest first", async () => {
    const { user, draftId } = await newDraft();
    await recordRehearsal(user.id, { draftId, seconds: 95 });
    await recordRehearsal(user.id, { draftId, seconds: "185" });
    const last = await recordRehearsal(user.id, { draftId, seconds: 262 });
    expect(last.seconds).toBe(262);

    const runs = await listRehearsals(user.id, draftId);
    expect(runs.map((run) => run.seconds)).toEqual([262, 185, 95]);
    expect(runs[0]!.id).toBe(last.id);
  });

  it("refuses run times that are not whole seconds between one second and an hour", async () => {
    const { user, draftId } = await newDraft();
    for (const seconds of [0, -5, 3601, 12.5, "soon", null]) {
      await expectAppError(recordRehearsal(user.id, { draftId, seconds }), "bad_request");
    }
    expect(await db.rehearsal.count({ where: { draftId } })).toBe(0);
    await recordRehearsal(user.id, { draftId, seconds: 3600 });
  });

  it("treats another user's draft as not found, for writes and reads", async () => {
    const { user, draftId } = await newDraft();
    await recordRehearsal(user.id, { draftId, seconds: 150 });
    const stranger = await createTestUser();
    await expectAppError(recordRehearsal(stranger.id, { draftId, seconds: 150 }), "not_found");
    await expectAppError(recordRehearsal(stranger.id, { draftId: "no-such-draft", seconds: 150 }), "not_found");
    expect(await listRehearsals(stranger.id, draftId)).toEqual([]);
    expect(await db.rehearsal.count({ where: { draftId } })).toBe(1);
  });
});

describe("rehearsal helpers", () => {
  it("places a run in the 2–4 minute band", () => {
    expect(rehearsalBand(119)).toBe("short");
    expect(rehearsalBand(120)).toBe("in-range");
    expect(rehearsalBand(240)).toBe("in-range");
    expect(rehearsalBand(241)).toBe("long");
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("outlines each section by the opening words of its sentences and the phrases the rubric credited", () => {
    const sections = {
      situation: "I owned the shard router for our key-value store, on the data path of every read and write. Our SLO was p99 under 20 ms.",
      task: "I was the on-call owner.",
      actions: "",
      results: "p99 went from 180 ms to 14 ms.",
    };
    const score = scoreDraft(sections, { profile: "infra-ownership" });
    const outline = buildOutline(sections, score);
    expect(outline.map((s) => s.key)).toEqual(["situation", "task", "actions", "results"]);
    expect(outline[0]!.cues).toEqual(["I owned the shard router for…", "Our SLO was p99 under…"]);
    expect(outline[1]!.cues).toEqual(["I was the on-call owner."]);
    expect(outline[2]).toMatchObject({ cues: [], keyPhrases: [], words: 0 });
    // Every key phrase is text from its own section.
    for (const section of outline) {
      for (const phrase of section.keyPhrases) expect(sections[section.key]).toContain(phrase.replace(/…$/, ""));
    }
    expect(outline.flatMap((s) => s.keyPhrases).length).toBeGreaterThan(0);
  });
});
