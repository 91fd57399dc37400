import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/drill-answers/route";
import { db } from "@/lib/db";
import { probePromptId } from "@/lib/drills/drill-prompts";

import { createSignedInUser, createTestUser } from "../db-utils";

// POST /api/drill-answers, the keepalive save sent when the drill page is left.
const QUESTION_ID = "it-drill-route-question";
const HOST = "127.0.0.1:3200";

let signedIn: Awaited<ReturnType<typeof createSignedInUser>>;

beforeAll(async () => {
  signedIn = await createSignedInUser();
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Drill route question", prompt: "Tell me about it." },
    update: {},
  });
});

async function draftOf(ownerId: string) {
  return db.draft.create({
    data: { ownerId, questionId: QUESTION_ID, title: "Route story", situation: "I worked on a backend service. It had to be fast." },
    select: { id: true },
  });
}

function post(body: unknown, headers: Record<string, string> = { origin: `http://${HOST}` }) {
  return POST(
    new Request(`http://${HOST}/api/drill-answers`, {
      method: "POST",
      headers: { host: HOST, "content-type": "application/json", cookie: signedIn.cookie, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const ANSWER = "Our SLO was p99 read latency under 20 ms and 99.95% monthly availability.";

describe("POST /api/drill-answers", () => {
  it("saves the caller's answer, and the same answer again is a no-op", async () => {
    const user = signedIn.user;
    const { id: draftId } = await draftOf(user.userId);
    const promptId = probePromptId("slo");

    const first = await post({ draftId, promptId, answer: ANSWER });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { ok: boolean; answer: { answer: string; updatedAt: string } };
    expect(body.ok).toBe(true);
    expect(body.answer.answer).toBe(ANSWER);

    const again = await post({ draftId, promptId, answer: ANSWER });
    expect(again.status).toBe(200);
    expect(((await again.json()) as typeof body).answer.updatedAt).toBe(body.answer.updatedAt);
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(1);
  });

  it("refuses a cross-site request or one without an Origin, and writes nothing", async () => {
    const user = signedIn.user;
    const { id: draftId } = await draftOf(user.userId);
    const body = { draftId, promptId: probePromptId("slo"), answer: ANSWER };
    expect((await post(body, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(body, {})).status).toBe(403);
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(0);
  });

  it("refuses malformed bodies with the form's own messages", async () => {
    const user = signedIn.user;
    const { id: draftId } = await draftOf(user.userId);
    expect((await post("{not json")).status).toBe(400);
    const tooLong = await post({ draftId, promptId: probePromptId("slo"), answer: "x".repeat(2_001) });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { message: string }).message).toMatch(/limit is 2,000/);
    expect((await post({ draftId, promptId: "no such prompt!", answer: ANSWER })).status).toBe(400);
    expect((await post({ draftId, promptId: "probe:not-an-item", answer: ANSWER })).status).toBe(400);
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(0);
  });

  it("answers 404 for someone else's draft", async () => {
    const other = await createTestUser();
    const { id: draftId } = await draftOf(other.id);
    const response = await post({ draftId, promptId: probePromptId("slo"), answer: ANSWER });
    expect(response.status).toBe(404);
    expect(await db.drillAnswer.count({ where: { draftId } })).toBe(0);
  });
});
