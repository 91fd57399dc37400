import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";

import { defineAction, defineFormAction } from "@/lib/actions/define-action.server";
import { db } from "@/lib/db";
import { setAdjacentAction } from "@/lib/drafts/draft-actions.server";
import { CreateDraftSchema, SetAdjacentSchema } from "@/lib/drafts/draft-schema";
import { UpdateTagsSchema } from "@/lib/drafts/story-bank-schema";
import { updateDraftTags } from "@/lib/drafts/update-tags.server";
import { AppError } from "@/lib/errors";
import { metrics } from "@/lib/ops/metrics";

import { createTestDraft, createTestUser } from "../db-utils";

// The one wrapper every server action goes through (lib/actions/define-action.server.ts),
// driven with the real schemas, the real actor and the real database.

const formData = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

/** The count of one action's runs with one outcome, as /api/metrics would serve it. */
async function actionCount(action: string, outcome: string): Promise<number> {
  const counter = (await metrics().actions.get()).values.find((v) => v.labels.action === action && v.labels.outcome === outcome);
  return counter?.value ?? 0;
}

describe("defineAction", () => {
  it("counts every run by action and outcome, and times it (issue 10's metrics per action)", async () => {
    const actor = await createTestUser();
    const draft = await createTestDraft(actor);
    const stranger = await createTestUser();
    const before = { ok: await actionCount("setAdjacent", "ok"), bad: await actionCount("setAdjacent", "bad_request"), hidden: await actionCount("setAdjacent", "not_found") };
    const timed = (await metrics().actionDuration.get()).values.find((v) => v.metricName === "gameday_action_duration_seconds_count" && v.labels.action === "setAdjacent")?.value ?? 0;
    await setAdjacentAction.runAs(actor, { draftId: draft.id, adjacent: true });
    await setAdjacentAction.runAs(actor, { draftId: 42 });
    await setAdjacentAction.runAs(stranger, { draftId: draft.id, adjacent: false });
    expect(await actionCount("setAdjacent", "ok")).toBe(before.ok + 1);
    expect(await actionCount("setAdjacent", "bad_request")).toBe(before.bad + 1);
    expect(await actionCount("setAdjacent", "not_found")).toBe(before.hidden + 1);
    const after = (await metrics().actionDuration.get()).values.find((v) => v.metricName === "gameday_action_duration_seconds_count" && v.labels.action === "setAdjacent")?.value ?? 0;
    expect(after).toBe(timed + 3);
  });

  it("runs the feature as the resolved actor with the parsed input", async () => {
    const actor = await createTestUser();
    const draft = await createTestDraft(actor);
    const result = await setAdjacentAction.runAs(actor, { draftId: draft.id, adjacent: true });
    expect(result).toEqual({ ok: true, data: undefined, message: null });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { adjacent: true } })).adjacent).toBe(true);
  });

  it("turns every malformed input into bad_request with a sentence, and never runs the feature", async () => {
    const actor = await createTestUser();
    const draft = await createTestDraft(actor);
    const hostile: unknown[] = [
      undefined,
      null,
      "draftId=x",
      42,
      [],
      [draft.id, true],
      {},
      { draftId: draft.id },
      { draftId: draft.id, adjacent: "yes" },
      { draftId: "../../etc/passwd", adjacent: true },
      { draftId: "x".repeat(10_000), adjacent: true },
      formData({ draftId: draft.id, adjacent: "true" }),
    ];
    for (const input of hostile) {
      const result = await setAdjacentAction.runAs(actor, input);
      expect(result, JSON.stringify(input) ?? String(input)).toMatchObject({ ok: false, code: "bad_request" });
      expect(result.ok ? "" : result.message).toMatch(/\.$/);
    }
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { adjacent: true } })).adjacent).toBe(false);
  });

  it("reports the schema's own field messages for a form", async () => {
    const actor = await createTestUser();
    const draft = await createTestDraft(actor, { tags: "keep" });
    const action = defineFormAction({
      name: "test.updateTags",
      schema: UpdateTagsSchema,
      invalid: "Check the tags and try again.",
      failure: "The tags could not be saved.",
      run: (input, who) => updateDraftTags(who, input),
    });
    const result = await action.runAs(actor, formData({ draftId: draft.id, tags: "<b>x</b>" }));
    expect(result).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { tags: [expect.stringMatching(/may only use letters/)] } });
    expect(result.ok ? "" : result.message).toMatch(/may only use letters/);
    const saved = await action.runAs(actor, formData({ draftId: draft.id, tags: "Postgres, WAL" }));
    expect(saved).toEqual({ ok: true, data: { tags: ["postgres", "wal"] }, message: null });
  });

  it("maps an AppError to its code and sentence, hiding another user's draft as not_found", async () => {
    const stranger = await createTestUser();
    const theirs = await createTestDraft(stranger);
    const result = await setAdjacentAction.runAs(await createTestUser(), { draftId: theirs.id, adjacent: true });
    expect(result).toEqual({ ok: false, code: "not_found", message: "That draft does not exist or is not yours.", fieldErrors: {} });
    expect((await db.draft.findUniqueOrThrow({ where: { id: theirs.id }, select: { adjacent: true } })).adjacent).toBe(false);
  });

  it("answers an unexpected failure with the feature's sentence (detail to the log), never a throw", async () => {
    const action = defineAction({
      name: "test.explodes",
      schema: SetAdjacentSchema,
      invalid: "Unreadable.",
      failure: "The setting could not be saved. Try again.",
      run: async () => {
        throw new Error("database on fire");
      },
    });
    const result = await action.runAs(await createTestUser(), { draftId: "abc", adjacent: true });
    expect(result).toEqual({ ok: false, code: "unavailable", message: "The setting could not be saved. Try again.", fieldErrors: {} });
    expect(vi.mocked(console.error)).toHaveBeenCalledWith("action test.explodes failed", expect.any(Error));
    vi.mocked(console.error).mockClear();
  });

  it("lets redirect() from the feature through", async () => {
    const base = { name: "test.redirects", schema: CreateDraftSchema, invalid: "Pick a question.", failure: "Failed." };
    const actor = await createTestUser();
    const fromRun = defineAction({ ...base, run: async () => redirect("/somewhere") });
    await expect(fromRun.runAs(actor, { questionId: "q" })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    // A coded error is still a result, not a redirect.
    const coded = defineAction({ ...base, run: async () => Promise.reject(new AppError("conflict", "Changed elsewhere.")) });
    expect(await coded.runAs(actor, { questionId: "q" })).toMatchObject({ ok: false, code: "conflict", message: "Changed elsewhere." });
  });
});
