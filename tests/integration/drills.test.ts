import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { probePromptId } from "@/lib/drills/drill-prompts";
import { DRILL_LIMITS } from "@/lib/drills/drill-schema";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer";
import { AppError } from "@/lib/errors";
import { FOLLOW_UPS, scoreFollowUp } from "@/lib/rubric";

import { createTestUser } from "./helpers";

const QUESTION_ID = "it-drills-question";

// A thin story: most checklist items are missing, a few are vague.
const THIN = {
  situation: "I worked on a backend service that was important for the company. It had to be fast.",
  task: "Our team kept it running.",
  actions: "One day users saw errors. We looked at dashboards and found a bug, then deployed a fix.",
  results: "It got better and we learned a lot.",
};

const STRONG_SLO_ANSWER =
  "Our SLO was p99 read latency under 20 ms and 99.95% monthly availability, and the durability target was zero lost acknowledged writes.";

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Drill test question", prompt: "Tell me about it." },
    update: {},
  });
});

async function newDraft(sections = THIN) {
  const user = await createTestUser();
  const draft = await db.draft.create({
    data: { ownerId: user.id, questionId: QUESTION_ID, title: "Thin story", ...sections },
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

describe("saveDrillAnswer and listDrillAnswers", () => {
  it("saves an answer, scores it on the targeted items and lists it back", async () => {
    const { user, draftId } = await newDraft();
    const saved = await saveDrillAnswer(user.id, { draftId, promptId: probePromptId("slo"), answer: `  ${STRONG_SLO_ANSWER}  ` });

    const expected = scoreFollowUp(STRONG_SLO_ANSWER, ["slo"], { profile: "infra-ownership" });
    expect(saved.answer).toBe(STRONG_SLO_ANSWER);
    expect(saved.statuses).toEqual([{ id: "slo", status: expected.items.slo!.status }]);
    expect(saved.score).toBe(expected.total);
    expect(saved.question.length).toBeGreaterThan(10);

    const listed = await listDrillAnswers(user.id, draftId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ promptId: "probe:slo", answer: STRONG_SLO_ANSWER, statuses: saved.statuses });
  });

  it("replaces the answer to the same question instead of adding a second one", async () => {
    const { user, draftId } = await newDraft();
    const first = await saveDrillAnswer(user.id, { draftId, promptId: probePromptId("slo"), answer: "I do not remember the numbers." });
    const second = await saveDrillAnswer(user.id, { draftId, promptId: probePromptId("slo"), answer: STRONG_SLO_ANSWER });
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(1);
    expect(second.question).toBe(first.question);
    expect((await listDrillAnswers(user.id, draftId))[0]!.answer).toBe(STRONG_SLO_ANSWER);
    // A vague answer does not earn what a concrete one does.
    expect(first.score ?? 0).toBeLessThanOrEqual(second.score ?? 0);
  });

  it("scores a common follow-up on each item it targets", async () => {
    const { user, draftId } = await newDraft();
    const followUp = FOLLOW_UPS[0]!;
    const saved = await saveDrillAnswer(user.id, {
      draftId,
      promptId: followUp.id,
      answer: "I chose idempotent writes keyed by checksum over a distributed lock because the lock added a second failure mode.",
    });
    expect(saved.question).toBe(followUp.question);
    expect(saved.statuses.map((s) => s.id).sort()).toEqual([...followUp.targets].sort());
  });

  it("refuses unknown questions, empty answers and answers over the limit", async () => {
    const { user, draftId } = await newDraft();
    await expectAppError(saveDrillAnswer(user.id, { draftId, promptId: "probe:not_an_item", answer: "x" }), "bad_request");
    await expectAppError(saveDrillAnswer(user.id, { draftId, promptId: "made-up-follow-up", answer: "x" }), "bad_request");
    await expectAppError(saveDrillAnswer(user.id, { draftId, promptId: "probe:slo", answer: "   " }), "bad_request");
    await expectAppError(
      saveDrillAnswer(user.id, { draftId, promptId: "probe:slo", answer: "a".repeat(DRILL_LIMITS.answer + 1) }),
      "bad_request",
    );
    await expectAppError(saveDrillAnswer(user.id, { draftId: "bad id!", promptId: "probe:slo", answer: "x" }), "bad_request");
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(0);
    // Exactly at the limit is fine.
    await saveDrillAnswer(user.id, { draftId, promptId: "probe:slo", answer: "a".repeat(DRILL_LIMITS.answer) });
  });

  it("treats another user's draft as not found, for writes and reads", async () => {
    const { user, draftId } = await newDraft();
    await saveDrillAnswer(user.id, { draftId, promptId: probePromptId("slo"), answer: STRONG_SLO_ANSWER });
    const stranger = await createTestUser();

    await expectAppError(saveDrillAnswer(stranger.id, { draftId, promptId: probePromptId("slo"), answer: "overwritten" }), "not_found");
    await expectAppError(saveDrillAnswer(stranger.id, { draftId, promptId: probePromptId("fix"), answer: "added" }), "not_found");
    expect(await listDrillAnswers(stranger.id, draftId)).toEqual([]);

    const rows = await db.drillAnswer.findMany({ where: { draftId }, select: { promptId: true, answer: true } });
    expect(rows).toEqual([{ promptId: "probe:slo", answer: STRONG_SLO_ANSWER }]);
  });
});
