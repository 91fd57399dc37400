import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { probePromptId } from "@/lib/drills/drill-prompts";
import { DRILL_LIMITS, SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers.server";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer.server";
import { saveDrillAnswerRequest } from "@/lib/drills/save-drill-answer-request.server";
import { FOLLOW_UPS, scoreFollowUp } from "@/lib/rubric";

import { createTestUser } from "../db-utils";
import { expectAppError } from "./expect-app-error";

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

async function newDraft(sections = THIN, owner?: Actor) {
  const user = owner ?? (await createTestUser());
  const draft = await db.draft.create({
    data: { ownerId: user.userId, questionId: QUESTION_ID, title: "Thin story", ...sections },
    select: { id: true },
  });
  return { user, draftId: draft.id };
}

describe("saveDrillAnswer and listDrillAnswers", () => {
  it("saves an answer, scores it on the targeted items and lists it back", async () => {
    const { user, draftId } = await newDraft();
    const saved = await saveDrillAnswer(user, SaveDrillAnswerSchema.parse({ draftId, promptId: probePromptId("slo"), answer: `  ${STRONG_SLO_ANSWER}  ` }));

    const expected = scoreFollowUp(STRONG_SLO_ANSWER, ["slo"], { profile: "infra-ownership" });
    expect(saved.answer).toBe(STRONG_SLO_ANSWER);
    expect(saved.statuses).toEqual([{ id: "slo", status: expected.items.slo!.status }]);
    expect(saved.score).toBe(expected.total);
    expect(saved.question.length).toBeGreaterThan(10);

    const listed = await listDrillAnswers(user, draftId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ promptId: "probe:slo", answer: STRONG_SLO_ANSWER, statuses: saved.statuses });
  });

  it("replaces the answer to the same question instead of adding a second one", async () => {
    const { user, draftId } = await newDraft();
    const first = await saveDrillAnswer(user, { draftId, promptId: probePromptId("slo"), answer: "I do not remember the numbers." });
    const second = await saveDrillAnswer(user, { draftId, promptId: probePromptId("slo"), answer: STRONG_SLO_ANSWER });
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(1);
    expect(second.question).toBe(first.question);
    expect((await listDrillAnswers(user, draftId))[0]!.answer).toBe(STRONG_SLO_ANSWER);
    // A vague answer does not earn what a concrete one does.
    expect(first.score ?? 0).toBeLessThanOrEqual(second.score ?? 0);
  });

  it("scores a common follow-up on each item it targets", async () => {
    const { user, draftId } = await newDraft();
    const followUp = FOLLOW_UPS[0]!;
    const saved = await saveDrillAnswer(user, {
      draftId,
      promptId: followUp.id,
      answer: "I chose idempotent writes keyed by checksum over a distributed lock because the lock added a second failure mode.",
    });
    expect(saved.question).toBe(followUp.question);
    expect(saved.statuses.map((s) => s.id).sort()).toEqual([...followUp.targets].sort());
  });

  it("refuses unknown questions, empty answers and answers over the limit", async () => {
    // Through the request the action and the keepalive route both run: parse, then save.
    const { user, draftId } = await newDraft();
    const refused = async (input: unknown) => {
      const result = await saveDrillAnswerRequest.runAs(user, input);
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, code: "bad_request" });
    };
    await refused({ draftId, promptId: "probe:not_an_item", answer: "x" });
    await refused({ draftId, promptId: "made-up-follow-up", answer: "x" });
    await refused({ draftId, promptId: "probe:slo", answer: "   " });
    await refused({ draftId, promptId: "probe:slo", answer: "a".repeat(DRILL_LIMITS.answer + 1) });
    await refused({ draftId: "bad id!", promptId: "probe:slo", answer: "x" });
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(0);
    // Exactly at the limit is fine.
    expect(await saveDrillAnswerRequest.runAs(user, { draftId, promptId: "probe:slo", answer: "a".repeat(DRILL_LIMITS.answer) })).toMatchObject({ ok: true });
  });

  it("treats another user's draft as not found, for writes and reads", async () => {
    const { user, draftId } = await newDraft();
    await saveDrillAnswer(user, { draftId, promptId: probePromptId("slo"), answer: STRONG_SLO_ANSWER });
    const stranger = await createTestUser();

    await expectAppError(saveDrillAnswer(stranger, { draftId, promptId: probePromptId("slo"), answer: "overwritten" }), "not_found");
    await expectAppError(saveDrillAnswer(stranger, { draftId, promptId: probePromptId("fix"), answer: "added" }), "not_found");
    expect(await listDrillAnswers(stranger, draftId)).toEqual([]);

    const rows = await db.drillAnswer.findMany({ where: { draftId }, select: { promptId: true, answer: true } });
    expect(rows).toEqual([{ promptId: "probe:slo", answer: STRONG_SLO_ANSWER }]);
  });
});
