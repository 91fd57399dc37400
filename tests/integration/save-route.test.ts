import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/drafts/[id]/save/route";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft.server";
import { getDraft } from "@/lib/drafts/queries.server";

import { createSignedInUser, createTestUser } from "../db-utils";

// The autosave route (also used with keepalive when a page is left): whatever body
// reaches it, a bad one gets a clear message and a 4xx, and writes nothing.

const QUESTION_ID = "it-save-route-question";
let ownDraftId = "";

let signedIn: Awaited<ReturnType<typeof createSignedInUser>>;

beforeAll(async () => {
  signedIn = await createSignedInUser();
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Test question", prompt: "Tell me about it." },
    update: {},
  });
  const user = signedIn.user;
  ({ id: ownDraftId } = await createDraft(user, { questionId: QUESTION_ID }));
});

const body = (over: Record<string, unknown> = {}) => ({
  title: "Keepalive story",
  situation: "I owned the chunk store that every upload writes through.",
  task: "",
  actions: "",
  results: "",
  baseVersion: 1,
  clientSaveId: randomUUID(),
  ...over,
});

function post(draftId: string, payload: unknown, headers: Record<string, string> = {}) {
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  const request = new Request(`http://127.0.0.1:3000/api/drafts/${draftId}/save`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", cookie: signedIn.cookie, ...headers },
    body: text,
  });
  return POST(request, { params: Promise.resolve({ id: draftId }) });
}

describe("POST /api/drafts/:id/save", () => {
  it("saves the caller's draft, and a retry with the same save id is applied once", async () => {
    const payload = body();
    const first = await post(ownDraftId, payload);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, version: 2 });
    const retry = await post(ownDraftId, payload);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ ok: true, version: 2 });
    const user = signedIn.user;
    expect((await getDraft(user, ownDraftId)).situation).toContain("chunk store");
  });

  it("answers a save based on an old version with the stored text, and overwrites nothing", async () => {
    const user = signedIn.user;
    const { id } = await createDraft(user, { questionId: QUESTION_ID });
    expect((await post(id, body({ situation: "tab A" }))).status).toBe(200);
    const stale = await post(id, body({ situation: "tab B" }));
    expect(stale.status).toBe(200);
    expect(await stale.json()).toMatchObject({ ok: false, kind: "conflict", current: { situation: "tab A", version: 2 } });
  });

  it("answers 404 for someone else's draft and writes nothing", async () => {
    const other = await createTestUser();
    const { id } = await createDraft(other, { questionId: QUESTION_ID });
    const response = await post(id, body({ situation: "hijack" }));
    expect(response.status).toBe(404);
    expect((await getDraft(other, id)).situation).toBe("");
  });

  it("refuses a cross-site request", async () => {
    const before = await db.draftRevision.count();
    expect((await post(ownDraftId, body(), { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(ownDraftId, body(), { origin: "https://evil.example" })).status).toBe(403);
    expect(await db.draftRevision.count()).toBe(before);
  });

  const malformed: Array<[string, unknown]> = [
    ["not JSON", "{not json"],
    ["null", null],
    ["a string", "\"text\""],
    ["an array", [1, 2]],
    ["missing fields", { baseVersion: 1 }],
    ["a version given as text", body({ baseVersion: "1" })],
    ["a malformed save id", body({ clientSaveId: "nope" })],
    ["an over-long section", body({ situation: "a".repeat(10_001) })],
  ];

  it.each(malformed)("answers 400 with a message for %s, and writes nothing", async (_name, payload) => {
    const before = await db.draftRevision.count();
    const response = await post(ownDraftId, typeof payload === "string" ? payload : payload);
    expect(response.status).toBe(400);
    const result = (await response.json()) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message.length).toBeGreaterThan(10);
    expect(await db.draftRevision.count()).toBe(before);
  });

  it("names the over-long section and the limit", async () => {
    const response = await post(ownDraftId, body({ situation: "a".repeat(10_001) }));
    const result = (await response.json()) as { errors: Record<string, string[]> };
    expect(result.errors.situation?.[0]).toMatch(/Situation.*10,000/);
  });

  it("answers 413 to a body over the size limit", async () => {
    const response = await post(ownDraftId, body({ situation: "a".repeat(300_000) }));
    expect(response.status).toBe(413);
  });

  it("answers 401 without a session, and 401 for a session that was signed out, writing nothing", async () => {
    const before = await getDraft(signedIn.user, ownDraftId);
    expect((await post(ownDraftId, body({ baseVersion: before.version, situation: "anonymous" }), { cookie: "" })).status).toBe(401);
    const other = await createSignedInUser();
    await db.session.deleteMany({ where: { userId: other.user.id } });
    expect((await post(ownDraftId, body({ baseVersion: before.version, situation: "signed out" }), { cookie: other.cookie })).status).toBe(401);
    expect((await getDraft(signedIn.user, ownDraftId)).version).toBe(before.version);
  });
});
