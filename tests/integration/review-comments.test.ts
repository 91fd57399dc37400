// Review comments (issue 9 §3, docs/decisions/009-review-comments.md) against the real
// database: threads anchored to a span of a sealed revision, replies, resolve, the access rules
// for every kind of caller, "new since last visit", and later saves never rewriting a revision
// a comment points at.
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { createThreadAction, replyAction, setThreadResolvedAction } from "@/lib/comments/comment-actions.server";
import { COMMENT_LIMITS, CreateThreadSchema } from "@/lib/star/comment-schema";
import { getCommentsView } from "@/lib/comments/comments-view.server";
import { createThread, DRAFT_MOVED_ON } from "@/lib/comments/create-thread.server";
import { recordDraftVisit } from "@/lib/comments/draft-visit.server";
import { replyToThread } from "@/lib/comments/reply-to-thread.server";
import { setThreadResolved } from "@/lib/comments/set-thread-resolved.server";
import { listUnreadActivity } from "@/lib/comments/unread-activity.server";
import { db } from "@/lib/db";
import { contentOf, SaveDraftSchema, type DraftContent } from "@/lib/drafts/draft-schema";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import type { Actor } from "@/lib/auth/current-actor.server";
import { acceptInvite } from "@/lib/sharing/accept-invite.server";
import { createInvite } from "@/lib/sharing/create-invite.server";
import { listReviewQueue } from "@/lib/sharing/review-view.server";
import { revokeShare } from "@/lib/sharing/revoke-access.server";

import { createTestDraft, createTestUser } from "../db-utils";

const ACTIONS = "We ran a 5-node etcd cluster. Leader elections took 30 s under load. I owned the upgrade to 3.5.";
const QUOTE = "Leader elections took 30 s under load.";

async function share(owner: Actor, draftId: string) {
  const coach = await createTestUser({ role: "coach" });
  await acceptInvite(coach, (await createInvite(owner, draftId)).token);
  return coach;
}

async function sharedDraft() {
  const owner = await createTestUser();
  const draft = await createTestDraft(owner, { title: "etcd upgrade", actions: ACTIONS });
  const coach = await share(owner, draft.id);
  return { owner, coach, draft };
}

const spanInput = (draftId: string, version: number, quote = QUOTE, body = "How did you measure the 30 s?") => {
  const start = ACTIONS.indexOf(quote);
  return CreateThreadSchema.parse({ draftId, version, section: "actions", start, end: start + quote.length, quote, body });
};

async function save(actor: Actor, draftId: string, over: Partial<DraftContent>, now?: Date) {
  const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId } });
  const input = SaveDraftSchema.parse({ ...contentOf(draft), ...over, draftId, baseVersion: draft.version, clientSaveId: randomUUID() });
  const result = await saveDraft(actor, input, { now });
  if (result.status !== "saved") throw new Error("save conflicted");
  return result;
}

describe("starting a thread", () => {
  it("anchors the comment to the span of the version read, and seals that revision", async () => {
    const { coach, draft } = await sharedDraft();
    const { id } = await createThread(coach, spanInput(draft.id, 1));
    const thread = await db.commentThread.findUniqueOrThrow({ where: { id }, include: { comments: true, revision: true } });
    expect(thread).toMatchObject({ section: "actions", start: ACTIONS.indexOf(QUOTE), end: ACTIONS.indexOf(QUOTE) + QUOTE.length, quote: QUOTE, version: 1, authorId: coach.userId, resolvedAt: null });
    expect(thread.comments.map((comment) => comment.body)).toEqual(["How did you measure the 30 s?"]);
    expect(thread.revision.version).toBe(1);
    expect(thread.revision.sealedAt).not.toBeNull();
    expect(thread.revision.actions.slice(thread.start, thread.end)).toBe(QUOTE);
  });

  it("makes and seals a revision for a draft that has none yet (made but never saved)", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await db.draftRevision.deleteMany({ where: { draftId: draft.id } });
    await createThread(coach, spanInput(draft.id, 1));
    const revisions = await db.draftRevision.findMany({ where: { draftId: draft.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, actions: ACTIONS });
    expect(revisions[0]!.sealedAt).not.toBeNull();
    expect((await getCommentsView(owner, draft.id)).threads).toHaveLength(1);
  });

  it("comments on a whole section with an empty span, even an empty section", async () => {
    const { coach, draft } = await sharedDraft();
    const input = CreateThreadSchema.parse({ draftId: draft.id, version: 1, section: "results", start: 0, end: 0, quote: "", body: "Add a result with a number." });
    const { id } = await createThread(coach, input);
    expect(await db.commentThread.findUniqueOrThrow({ where: { id } })).toMatchObject({ section: "results", start: 0, end: 0, quote: "" });
  });

  it("refuses a quote that is not what the version holds there, storing nothing", async () => {
    const { coach, draft } = await sharedDraft();
    const start = ACTIONS.indexOf(QUOTE);
    const forged = CreateThreadSchema.parse({ draftId: draft.id, version: 1, section: "actions", start, end: start + 5, quote: "Hello", body: "x" });
    await expect(createThread(coach, forged)).rejects.toMatchObject({ code: "conflict", message: DRAFT_MOVED_ON });
    expect(await db.commentThread.count({ where: { draftId: draft.id } })).toBe(0);
  });

  it("refuses a version the candidate has since folded away, and asks to reload", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await save(owner, draft.id, { actions: `${ACTIONS} More.` });
    await save(owner, draft.id, { actions: `${ACTIONS} More and more.` });
    // Version 2 was folded into version 3 (same burst): no revision holds version 2 any more.
    expect(await db.draftRevision.count({ where: { draftId: draft.id, version: 2 } })).toBe(0);
    await expect(createThread(coach, spanInput(draft.id, 2))).rejects.toMatchObject({ code: "conflict" });
    expect(await db.commentThread.count({ where: { draftId: draft.id } })).toBe(0);
  });

  it("validates the body with the schema: empty and over the limit are 400s with a sentence", async () => {
    const { coach, draft } = await sharedDraft();
    const base = { ...spanInput(draft.id, 1) };
    for (const body of ["", "   ", "x".repeat(COMMENT_LIMITS.body + 1)]) {
      const result = await createThreadAction.runAs(coach, { ...base, body });
      expect(result).toMatchObject({ ok: false, code: "bad_request" });
      expect(result.ok ? "" : result.message).toMatch(/\.$/);
    }
    for (const hostile of [null, "x", { ...base, start: -1 }, { ...base, end: 1e9 }, { ...base, section: "title" }, { ...base, quote: "nope" }, { ...base, draftId: "../x" }]) {
      expect(await createThreadAction.runAs(coach, hostile)).toMatchObject({ ok: false, code: "bad_request" });
    }
    expect(await createThreadAction.runAs(coach, { ...base, body: "x".repeat(COMMENT_LIMITS.body) })).toMatchObject({ ok: true });
    expect(await db.commentThread.count({ where: { draftId: draft.id } })).toBe(1);
  });

  it("stores HTML and script as the text that was typed", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const body = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
    await createThread(coach, spanInput(draft.id, 1, QUOTE, body));
    expect((await getCommentsView(owner, draft.id)).threads[0]!.comments[0]!.body).toBe(body);
  });

  it("is for reviewers: the owner replies instead of starting threads", async () => {
    const { owner, draft } = await sharedDraft();
    await expect(createThread(owner, spanInput(draft.id, 1))).rejects.toMatchObject({ code: "bad_request" });
  });
});

describe("sealed revisions", () => {
  it("a later save in the same burst neither folds into nor rewrites the revision a comment points at", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const t0 = new Date();
    await save(owner, draft.id, { actions: `${ACTIONS} Rolled it out.` }, t0);
    await createThread(coach, { ...spanInput(draft.id, 2), body: "Which version?" });
    const sealed = await db.draftRevision.findFirstOrThrow({ where: { draftId: draft.id, version: 2 } });

    // Within the burst window: without the seal, this save would fold into the version-2 row.
    await save(owner, draft.id, { actions: `${ACTIONS} Rolled it out over a week.` }, new Date(t0.getTime() + 10_000));
    const after = await db.draftRevision.findUniqueOrThrow({ where: { id: sealed.id } });
    expect(after).toMatchObject({ version: 2, actions: `${ACTIONS} Rolled it out.`, source: "edit", clientSaveId: sealed.clientSaveId });
    expect(after.updatedAt.getTime()).toBe(sealed.updatedAt.getTime());
    const next = await db.draftRevision.findFirstOrThrow({ where: { draftId: draft.id, version: 3 } });
    expect(next.id).not.toBe(sealed.id);
    expect(next.actions).toBe(`${ACTIONS} Rolled it out over a week.`);
  });

  it("a save that removes a passage does not turn the sealed revision into a hidden step", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const t0 = new Date();
    await save(owner, draft.id, { actions: `${ACTIONS} Extra words here.` }, t0);
    await createThread(coach, spanInput(draft.id, 2));
    await save(owner, draft.id, { actions: "Rewritten entirely." }, new Date(t0.getTime() + 5_000));
    const sealed = await db.draftRevision.findFirstOrThrow({ where: { draftId: draft.id, version: 2 } });
    expect(sealed).toMatchObject({ source: "edit", actions: `${ACTIONS} Extra words here.` });
    expect(await db.draftRevision.count({ where: { draftId: draft.id, source: "step" } })).toBe(0);
  });

  it("unsealed revisions still fold as before (the seal is what keeps them)", async () => {
    const { owner, draft } = await sharedDraft();
    const t0 = new Date();
    await save(owner, draft.id, { actions: `${ACTIONS} A.` }, t0);
    await save(owner, draft.id, { actions: `${ACTIONS} AB.` }, new Date(t0.getTime() + 5_000));
    expect(await db.draftRevision.count({ where: { draftId: draft.id, version: 2 } })).toBe(0);
  });
});

describe("where the words went", () => {
  it("tells the candidate a comment was made on an older version, and where its words are now or that they are gone", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await createThread(coach, spanInput(draft.id, 1));
    await createThread(coach, spanInput(draft.id, 1, "I owned the upgrade to 3.5.", "Owned how?"));
    await save(owner, draft.id, { actions: "Context. We ran a 5-node etcd cluster. Leader elections took 45 s under load." });
    const view = await getCommentsView(owner, draft.id);
    expect(view.version).toBe(2);
    const [edited, gone] = view.threads;
    expect(edited).toMatchObject({ onOlderVersion: true, version: 1, quote: QUOTE, location: { status: "edited", section: "actions", text: "Leader elections took 45 s under load." } });
    expect(gone).toMatchObject({ onOlderVersion: true, location: { status: "gone" } });
  });
});

describe("replies and resolve", () => {
  it("both sides reply; the owner or the thread's author resolves and reopens; a resolved thread stays", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const { id: threadId } = await createThread(coach, spanInput(draft.id, 1));
    await replyToThread(owner, { draftId: draft.id, threadId, body: "With etcdctl check perf." });
    await replyToThread(coach, { draftId: draft.id, threadId, body: "Say so in the answer." });
    expect(await setThreadResolved(owner, { draftId: draft.id, threadId, resolved: true })).toEqual({ resolved: true });
    await expect(replyToThread(coach, { draftId: draft.id, threadId, body: "late" })).rejects.toMatchObject({ code: "conflict" });
    await setThreadResolved(coach, { draftId: draft.id, threadId, resolved: false });
    await setThreadResolved(coach, { draftId: draft.id, threadId, resolved: true });
    const [thread] = (await getCommentsView(owner, draft.id)).threads;
    expect(thread!.comments.map((comment) => [comment.body, comment.byOwner])).toEqual([
      ["How did you measure the 30 s?", false],
      ["With etcdctl check perf.", true],
      ["Say so in the answer.", false],
    ]);
    expect(thread!.resolved).toMatchObject({ byName: coach.name, byMe: false });
  });
});

describe("access", () => {
  it("denies every action and view to another candidate, a coach of another draft and a revoked coach, with not found", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const { id: threadId } = await createThread(coach, spanInput(draft.id, 1));
    const stranger = await createTestUser();
    const otherOwner = await createTestUser();
    const otherDraft = await createTestDraft(otherOwner);
    const coachOfAnother = await share(otherOwner, otherDraft.id);
    const revoked = await share(owner, draft.id);
    const { id: revokedThread } = await createThread(revoked, spanInput(draft.id, 1, QUOTE, "Before my access ended."));
    const revokedShare = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id, coachId: revoked.userId } });
    await revokeShare(owner, draft.id, revokedShare.id);

    for (const actor of [stranger, coachOfAnother, revoked]) {
      expect(await createThreadAction.runAs(actor, spanInput(draft.id, 1))).toMatchObject({ ok: false, code: "not_found" });
      expect(await replyAction.runAs(actor, { draftId: draft.id, threadId, body: "hi" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await setThreadResolvedAction.runAs(actor, { draftId: draft.id, threadId, resolved: true })).toMatchObject({ ok: false, code: "not_found" });
      await expect(getCommentsView(actor, draft.id)).rejects.toMatchObject({ code: "not_found" });
      expect((await listUnreadActivity(actor, [{ id: draft.id, version: 1 }])).get(draft.id)).toMatchObject({ newComments: 0, newResolutions: 0 });
    }
    // The revoked coach cannot touch even the thread they started.
    expect(await replyAction.runAs(revoked, { draftId: draft.id, threadId: revokedThread, body: "still here?" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await setThreadResolvedAction.runAs(revoked, { draftId: draft.id, threadId: revokedThread, resolved: true })).toMatchObject({ ok: false, code: "not_found" });
    // A thread id of this draft named with another draft's id is not found either.
    expect(await replyAction.runAs(coachOfAnother, { draftId: otherDraft.id, threadId, body: "hi" })).toMatchObject({ ok: false, code: "not_found" });

    expect(await db.comment.count({ where: { thread: { draftId: draft.id } } })).toBe(2);
    expect(await db.commentThread.count({ where: { draftId: draft.id, resolvedAt: { not: null } } })).toBe(0);
    // The owner still sees both threads, the revoked reviewer's included.
    expect((await getCommentsView(owner, draft.id)).threads).toHaveLength(2);
  });

  it("keeps the candidate's comments page to the owner: a reviewer with a live share reads comments on the review page only", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await createThread(coach, spanInput(draft.id, 1));
    expect((await getCommentsView(owner, draft.id, { ownerOnly: true })).threads).toHaveLength(1);
    await expect(getCommentsView(coach, draft.id, { ownerOnly: true })).rejects.toMatchObject({ code: "not_found" });
    expect((await getCommentsView(coach, draft.id)).threads).toHaveLength(1);
  });

  it("keeps two reviewers of one draft apart: each sees, answers and resolves only their own threads", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const second = await share(owner, draft.id);
    const { id: first } = await createThread(coach, spanInput(draft.id, 1));
    await createThread(second, spanInput(draft.id, 1, QUOTE, "Second opinion."));
    expect((await getCommentsView(coach, draft.id)).threads.map((thread) => thread.comments[0]!.body)).toEqual(["How did you measure the 30 s?"]);
    expect((await getCommentsView(second, draft.id)).threads.map((thread) => thread.comments[0]!.body)).toEqual(["Second opinion."]);
    expect((await getCommentsView(owner, draft.id)).threads).toHaveLength(2);
    await expect(replyToThread(second, { draftId: draft.id, threadId: first, body: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(setThreadResolved(second, { draftId: draft.id, threadId: first, resolved: true })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("new since last visit", () => {
  it("the coach's queue shows a never-opened draft, the candidate's reply and a newer version as unread; a visit clears it", async () => {
    const { owner, coach, draft } = await sharedDraft();
    let [item] = await listReviewQueue(coach);
    expect(item).toMatchObject({ id: draft.id, hasUnread: true, unread: { visited: false } });

    const { id: threadId } = await createThread(coach, spanInput(draft.id, 1));
    const opened = await getCommentsView(coach, draft.id);
    await recordDraftVisit(coach, draft.id, opened.version, opened.readAt);
    [item] = await listReviewQueue(coach);
    expect(item).toMatchObject({ hasUnread: false, unread: { visited: true, newComments: 0, draftChanged: false } });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await replyToThread(owner, { draftId: draft.id, threadId, body: "Answered." });
    [item] = await listReviewQueue(coach);
    expect(item).toMatchObject({ hasUnread: true, unread: { newComments: 1, draftChanged: false } });
    expect((await getCommentsView(coach, draft.id)).threads[0]!.comments.map((comment) => comment.isNew)).toEqual([false, true]);

    await save(owner, draft.id, { actions: `${ACTIONS} Edited.` });
    [item] = await listReviewQueue(coach);
    expect(item).toMatchObject({ unread: { newComments: 1, draftChanged: true } });

    const again = await getCommentsView(coach, draft.id);
    await recordDraftVisit(coach, draft.id, again.version, again.readAt);
    [item] = await listReviewQueue(coach);
    expect(item).toMatchObject({ hasUnread: false, unread: { newComments: 0, draftChanged: false } });
  });

  it("the candidate's mark counts the coach's comments until they open them; their own never count", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const { id: threadId } = await createThread(coach, spanInput(draft.id, 1));
    await replyToThread(owner, { draftId: draft.id, threadId, body: "Mine." });
    expect((await listUnreadActivity(owner, [draft])).get(draft.id)).toMatchObject({ newComments: 1, visited: false });
    const view = await getCommentsView(owner, draft.id);
    expect(view.counts.newComments).toBe(1);
    await recordDraftVisit(owner, draft.id, view.version, view.readAt);
    expect((await listUnreadActivity(owner, [draft])).get(draft.id)).toMatchObject({ newComments: 0, visited: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setThreadResolved(coach, { draftId: draft.id, threadId, resolved: true });
    expect((await listUnreadActivity(owner, [draft])).get(draft.id)).toMatchObject({ newComments: 0, newResolutions: 1 });
  });

  it("only moves the mark forward, and records nothing for a draft the caller cannot read", async () => {
    const { coach, draft } = await sharedDraft();
    const later = new Date(Date.now() + 60_000);
    await recordDraftVisit(coach, draft.id, 1, later);
    await recordDraftVisit(coach, draft.id, 1, new Date());
    expect((await db.draftVisit.findFirstOrThrow({ where: { userId: coach.userId, draftId: draft.id } })).seenAt.getTime()).toBe(later.getTime());
    const stranger = await createTestUser();
    await recordDraftVisit(stranger, draft.id, 1, new Date());
    expect(await db.draftVisit.count({ where: { userId: stranger.userId } })).toBe(0);
  });
});
