// Sharing a draft by invite link (issue 9 §3, docs/decisions/007-sharing.md), against the
// real database: invites are single use, expire, can be withdrawn, are stored hashed, and a
// live share is the only way a reviewer reaches someone else's draft, for reading only.
import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { deleteDraft } from "@/lib/drafts/delete-draft.server";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { getRevisions, listRevisions } from "@/lib/drafts/history.server";
import { getDraft } from "@/lib/drafts/queries.server";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import { acceptInvite, previewInvite } from "@/lib/sharing/accept-invite.server";
import { createInvite } from "@/lib/sharing/create-invite.server";
import { getReviewView, listReviewQueue } from "@/lib/sharing/review-view.server";
import { revokeInvite, revokeShare } from "@/lib/sharing/revoke-access.server";
import { acceptInviteAction, createInviteAction, revokeShareAction } from "@/lib/sharing/sharing-actions.server";
import { INVITE_INVALID } from "@/lib/sharing/sharing-schema";
import { getSharingView } from "@/lib/sharing/sharing-view.server";

import { createTestDraft, createTestUser } from "../db-utils";

const DAY_MS = 24 * 60 * 60 * 1000;

async function sharedDraft() {
  const owner = await createTestUser();
  const coach = await createTestUser({ role: "coach" });
  const draft = await createTestDraft(owner, { title: "Raft leader election", situation: "We ran a 5-node etcd cluster." });
  const { token } = await createInvite(owner, draft.id);
  await acceptInvite(coach, token);
  return { owner, coach, draft };
}

async function reach(actor: Parameters<typeof draftAccess>[0], mode: "read" | "edit" | "comment", draftId: string) {
  return db.draft.count({ where: draftAccess(actor, mode, { draftId }) });
}

describe("invites", () => {
  it("stores only the sha-256 of the token, which expires in 7 days", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const now = new Date("2026-12-01T10:00:00Z");
    const { token, inviteId, expiresAt } = await createInvite(owner, draft.id, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.draftInvite.findUniqueOrThrow({ where: { id: inviteId } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - now.getTime()).toBe(7 * DAY_MS);
  });

  it("lets only the owner make an invite for a draft", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    await expect(createInvite(await createTestUser(), draft.id)).rejects.toMatchObject({ code: "not_found" });
    // Even a reviewer with a live share cannot pass the draft on.
    const { coach, draft: shared } = await sharedDraft();
    await expect(createInvite(coach, shared.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.draftInvite.count({ where: { draftId: shared.id, usedAt: null } })).toBe(0);
  });

  it("accepting creates a live share, once: a second account using the same link is refused", async () => {
    const owner = await createTestUser();
    const coach = await createTestUser({ role: "coach" });
    const other = await createTestUser();
    const draft = await createTestDraft(owner);
    const { token, inviteId } = await createInvite(owner, draft.id);

    expect(await previewInvite(token)).toMatchObject({ title: "A story", candidateName: owner.name });
    expect(await acceptInvite(coach, token)).toEqual({ draftId: draft.id });
    const share = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(share).toMatchObject({ coachId: coach.userId, revokedAt: null });
    expect(await db.draftInvite.findUniqueOrThrow({ where: { id: inviteId } })).toMatchObject({ usedById: coach.userId });

    await expect(acceptInvite(other, token)).rejects.toMatchObject({ code: "not_found", message: INVITE_INVALID });
    await expect(acceptInvite(coach, token)).rejects.toMatchObject({ code: "not_found" });
    expect(await previewInvite(token)).toBeNull();
    expect(await reach(other, "read", draft.id)).toBe(0);
    expect(await db.draftShare.count({ where: { draftId: draft.id } })).toBe(1);
  });

  it("of two accepts racing for one link, exactly one wins", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const { token } = await createInvite(owner, draft.id);
    const [a, b] = [await createTestUser(), await createTestUser()];
    const results = await Promise.allSettled([acceptInvite(a, token), acceptInvite(b, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.draftShare.count({ where: { draftId: draft.id } })).toBe(1);
  });

  it("refuses an expired invite", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const { token } = await createInvite(owner, draft.id, new Date(Date.now() - 8 * DAY_MS));
    const coach = await createTestUser({ role: "coach" });
    expect(await previewInvite(token)).toBeNull();
    await expect(acceptInvite(coach, token)).rejects.toMatchObject({ code: "not_found", message: INVITE_INVALID });
    expect(await reach(coach, "read", draft.id)).toBe(0);
  });

  it("refuses a withdrawn invite, and only the owner can withdraw it", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const { token, inviteId } = await createInvite(owner, draft.id);
    const coach = await createTestUser({ role: "coach" });
    await expect(revokeInvite(coach, draft.id, inviteId)).rejects.toMatchObject({ code: "not_found" });
    await revokeInvite(owner, draft.id, inviteId);
    await expect(acceptInvite(coach, token)).rejects.toMatchObject({ code: "not_found", message: INVITE_INVALID });
    await expect(revokeInvite(owner, draft.id, inviteId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses the owner's own invite without using it up, an unknown token, and a draft in the trash", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const { token } = await createInvite(owner, draft.id);
    await expect(acceptInvite(owner, token)).rejects.toMatchObject({ code: "bad_request" });
    expect(await previewInvite(token)).not.toBeNull();

    const coach = await createTestUser({ role: "coach" });
    await expect(acceptInvite(coach, "A".repeat(43))).rejects.toMatchObject({ code: "not_found" });

    await deleteDraft(owner, { draftId: draft.id });
    await expect(acceptInvite(coach, token)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the action wrapper turns a malformed token or draft id into a 400 and a stranger's draft into a 404", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    expect(await acceptInviteAction.runAs(owner, { token: "short" })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await acceptInviteAction.runAs(owner, { token: ["x"] })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await createInviteAction.runAs(owner, { draftId: "<script>" })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await createInviteAction.runAs(await createTestUser(), { draftId: draft.id })).toMatchObject({ ok: false, code: "not_found" });
    const made = await createInviteAction.runAs(owner, { draftId: draft.id });
    expect(made).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });
  });
});

describe("draftAccess with shares", () => {
  it("gives a reviewer with a live share read and comment, never edit", async () => {
    const { owner, coach, draft } = await sharedDraft();
    expect(await reach(coach, "read", draft.id)).toBe(1);
    expect(await reach(coach, "comment", draft.id)).toBe(1);
    expect(await reach(coach, "edit", draft.id)).toBe(0);
    expect(await reach(owner, "edit", draft.id)).toBe(1);

    expect((await getDraft(coach, draft.id, "read")).title).toBe("Raft leader election");
    await expect(getDraft(coach, draft.id, "edit")).rejects.toMatchObject({ code: "not_found" });
    await expect(
      saveDraft(coach, { draftId: draft.id, baseVersion: draft.version, title: "Hijacked", situation: "", task: "", actions: "", results: "", clientSaveId: "it-sharing-hijack" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Raft leader election");

    // The history page is the candidate's workspace (restore); revisions themselves are readable.
    await expect(listRevisions(coach, draft.id, "edit")).rejects.toMatchObject({ code: "not_found" });
    const { revisions } = await listRevisions(coach, draft.id);
    const only = revisions[0]!.id;
    expect((await getRevisions(coach, draft.id, only, only)).to.situation).toBe("We ran a 5-node etcd cluster.");
  });

  it("gives nothing to another account, or to a reviewer of another draft", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const stranger = await createTestUser({ role: "coach" });
    expect(await reach(stranger, "read", draft.id)).toBe(0);
    const otherDraft = await createTestDraft(owner, { title: "Not shared" });
    expect(await reach(coach, "read", otherDraft.id)).toBe(0);
    await expect(getReviewView(coach, otherDraft.id)).rejects.toMatchObject({ code: "not_found" });
    // The owner's own drafts are not in their own queue; the reviewer's queue has only the shared one.
    expect((await listReviewQueue(owner)).map((item) => item.id)).not.toContain(draft.id);
    expect((await listReviewQueue(coach)).map((item) => item.id)).toEqual([draft.id]);
    expect((await listReviewQueue(stranger)).length).toBe(0);
  });

  it("the review queue shows candidate, question, the engine's score and the last change, newest first", async () => {
    const coach = await createTestUser({ role: "coach" });
    const ids: string[] = [];
    for (const title of ["Older", "Newer"]) {
      const owner = await createTestUser({ name: `Owner of ${title}` });
      const draft = await createTestDraft(owner, { title, actions: "I added a p99 latency SLO of 200 ms and paged on it." });
      await acceptInvite(coach, (await createInvite(owner, draft.id)).token);
      ids.push(draft.id);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await db.draft.update({ where: { id: ids[0]! }, data: { updatedAt: new Date(Date.now() - DAY_MS) } });
    const queue = await listReviewQueue(coach);
    expect(queue.map((item) => item.title)).toEqual(["Newer", "Older"]);
    expect(queue[0]).toMatchObject({ candidateName: "Owner of Newer", questionTitle: "Test question" });
    expect(queue[0]!.score).toBeGreaterThanOrEqual(0);
    const view = await getReviewView(coach, ids[1]!);
    expect(view).toMatchObject({ isOwner: false, candidateName: "Owner of Newer", score: { total: queue[0]!.score } });
  });

  it("revoking ends access on the next query, and only the owner can revoke", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const share = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id, coachId: coach.userId } });
    await expect(revokeShare(coach, draft.id, share.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await revokeShareAction.runAs(await createTestUser(), { draftId: draft.id, shareId: share.id })).toMatchObject({ ok: false, code: "not_found" });

    const view = await getSharingView(owner, draft.id);
    expect(view.shares).toEqual([expect.objectContaining({ id: share.id, name: coach.name, email: coach.email })]);
    await expect(getSharingView(coach, draft.id)).rejects.toMatchObject({ code: "not_found" });

    expect(await revokeShareAction.runAs(owner, { draftId: draft.id, shareId: share.id })).toMatchObject({ ok: true, message: `${coach.name} no longer has access to this draft.` });
    expect(await reach(coach, "read", draft.id)).toBe(0);
    expect(await reach(coach, "comment", draft.id)).toBe(0);
    await expect(getReviewView(coach, draft.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listReviewQueue(coach)).toEqual([]);
    expect((await getSharingView(owner, draft.id)).shares).toEqual([]);
    await expect(revokeShare(owner, draft.id, share.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a draft in the trash is out of a reviewer's reach", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await deleteDraft(owner, { draftId: draft.id });
    expect(await reach(coach, "read", draft.id)).toBe(0);
    expect(await listReviewQueue(coach)).toEqual([]);
  });

  it("lists pending invites for the owner until they are used, withdrawn or expired", async () => {
    const owner = await createTestUser();
    const draft = await createTestDraft(owner);
    const first = await createInvite(owner, draft.id);
    await createInvite(owner, draft.id, new Date(Date.now() - 8 * DAY_MS));
    const third = await createInvite(owner, draft.id);
    expect((await getSharingView(owner, draft.id)).invites.map((invite) => invite.id).sort()).toEqual([first.inviteId, third.inviteId].sort());
    await acceptInvite(await createTestUser(), first.token);
    await revokeInvite(owner, draft.id, third.inviteId);
    expect((await getSharingView(owner, draft.id)).invites).toEqual([]);
  });
});
