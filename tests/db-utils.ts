// Factories for tests that use the real database (integration suites, and e2e setup that
// needs rows the UI cannot make quickly). Each call makes its own rows with unique keys, so
// tests sharing a database never see each other's data (CONVENTIONS.md #10).
import { randomUUID } from "node:crypto";

import type { Actor, ActorRole } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import type { Question, User } from "@/lib/generated/sqlite/client";

import type { AccessRole } from "./access-roles";

/** A user row that is also an Actor, so data functions take it as it is. */
export type TestUser = User & Actor;

/** The Actor of a user row (what requireActor() resolves for a signed-in user). */
export function actorOf(user: Pick<User, "id" | "name" | "email" | "role">): Actor {
  return { userId: user.id, name: user.name, email: user.email, role: user.role === "coach" ? "coach" : "candidate" };
}

/** A user with a unique email (`test-<uuid>@example.test`); a candidate unless told otherwise. */
export async function createTestUser(overrides: { name?: string; email?: string; role?: ActorRole } = {}): Promise<TestUser> {
  const id = randomUUID();
  const user = await db.user.create({
    data: { email: `test-${id}@example.test`, name: `Test User ${id.slice(0, 8)}`, ...overrides },
  });
  return { ...user, ...actorOf(user) };
}

/** A question with a unique id (questions have no generated id: they come from the rubric profiles). */
export async function createTestQuestion(overrides: { id?: string; title?: string; prompt?: string; profile?: string } = {}): Promise<Question> {
  const id = `test-question-${randomUUID()}`;
  return db.question.create({
    data: { id, title: "Test question", prompt: "Tell me about a time you owned a piece of infrastructure.", ...overrides },
  });
}

type DraftOverrides = { questionId?: string; title?: string; situation?: string; task?: string; actions?: string; results?: string; tags?: string };

/** A live draft owned by `owner`, at version 1 with one revision holding its text. */
export async function createTestDraft(owner: Actor, overrides: DraftOverrides = {}) {
  const questionId = overrides.questionId ?? (await createTestQuestion()).id;
  const content = { title: "A story", situation: "", task: "", actions: "", results: "", ...overrides };
  const { questionId: _ignored, tags, ...text } = { ...content, questionId };
  return db.draft.create({
    data: {
      ownerId: owner.userId,
      questionId,
      ...text,
      tags: tags ?? "",
      revisions: { create: { version: 1, title: text.title, situation: text.situation, task: text.task, actions: text.actions, results: text.results } },
    },
    select: { id: true, version: true, updatedAt: true },
  });
}

/**
 * A user signed up through better-auth itself (scrypt hash, a real session row), with the
 * Cookie header a browser would send, for tests that drive route handlers as that user.
 */
export async function createSignedInUser(overrides: { name?: string; role?: ActorRole } = {}): Promise<{ user: TestUser; cookie: string; password: string }> {
  const { auth } = await import("@/lib/auth/auth.server");
  const id = randomUUID();
  const email = `test-${id}@example.test`;
  const password = `pw-${id}`;
  const signedUp = await auth.api.signUpEmail({ body: { email, password, name: overrides.name ?? `Test User ${id.slice(0, 8)}` }, asResponse: true });
  if (!signedUp.ok) throw new Error(`sign-up failed: ${signedUp.status} ${await signedUp.text()}`);
  // Sign-up opens no session (lib/auth/auth.server.ts, autoSignIn): sign in as the form does.
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  let user = await db.user.findUniqueOrThrow({ where: { email } });
  if (overrides.role) user = await db.user.update({ where: { id: user.id }, data: { role: overrides.role } });
  return { user: { ...user, ...actorOf(user) }, cookie, password };
}

// ── The authorization matrix's cast (issue 9 §4) ──────────────────────────────────────────
// One draft and everyone who might reach for it. tests/integration/authz-matrix.test.ts
// drives every data function and action as each of them; the e2e matrix
// (tests/e2e/authz-matrix.spec.ts) builds the same cast over HTTP.

export { ACCESS_ROLES, type AccessRole } from "./access-roles";

export type AccessScenario = {
  actors: Record<AccessRole, TestUser>;
  /** The owner's draft everyone reaches for (live, with two versions, a drill answer, a run, tags). */
  draftId: string;
  questionId: string;
  /** Version 1 of the draft (history, restore). */
  revisionId: string;
  /** The owner's other draft, shared with `otherDraftCoach` only. */
  otherDraftId: string;
  /** liveCoach's live share of the draft; revokedCoach's revoked one. */
  liveShareId: string;
  revokedShareId: string;
  /** A pending (unused, live) invite of the draft, and its raw token. */
  pendingInviteId: string;
  pendingToken: string;
  /** The token each role holds: expiredInviteCoach an expired link, usedInviteCoach one liveCoach already used, everyone else the pending one. */
  tokenOf: (role: AccessRole) => string;
  /** Ids of every row the scenario made, for snapshotScenario. */
  userIds: string[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A fresh cast: each call makes its own users, drafts, shares and invites, so a test may
 * mutate freely (the matrix makes one per cell).
 */
export async function createAccessScenario(): Promise<AccessScenario> {
  const { acceptInvite } = await import("@/lib/sharing/accept-invite.server");
  const { createInvite } = await import("@/lib/sharing/create-invite.server");
  const { revokeShare } = await import("@/lib/sharing/revoke-access.server");

  const coach = (name: string) => createTestUser({ name, role: "coach" });
  const [owner, otherCandidate, liveCoach, revokedCoach, otherDraftCoach, expiredInviteCoach, usedInviteCoach] = await Promise.all([
    createTestUser({ name: "Owner" }),
    createTestUser({ name: "Other candidate" }),
    coach("Live coach"),
    coach("Revoked coach"),
    coach("Coach of another draft"),
    coach("Coach with an expired link"),
    coach("Coach with a used link"),
  ]);
  const actors: Record<AccessRole, TestUser> = { owner, otherCandidate, liveCoach, revokedCoach, otherDraftCoach, expiredInviteCoach, usedInviteCoach };

  const question = await createTestQuestion();
  const draft = await createTestDraft(owner, {
    questionId: question.id,
    title: "Ledger failover",
    situation: "I owned the ledger's PostgreSQL cluster; p99 writes under 20 ms.",
    tags: "postgres,on-call",
  });
  // A second version, so history has something to restore.
  const revision = await db.draftRevision.findFirstOrThrow({ where: { draftId: draft.id, version: 1 }, select: { id: true } });
  await db.draft.update({ where: { id: draft.id }, data: { version: 2, actions: "I added a replica and drilled failover." } });
  await db.draftRevision.create({
    data: { draftId: draft.id, version: 2, title: "Ledger failover", situation: "I owned the ledger's PostgreSQL cluster; p99 writes under 20 ms.", task: "", actions: "I added a replica and drilled failover.", results: "" },
  });
  await db.drillAnswer.create({ data: { draftId: draft.id, promptId: "probe:slo", question: "What was the SLO?", answer: "p99 under 20 ms." } });
  await db.rehearsal.create({ data: { draftId: draft.id, seconds: 150 } });
  const otherDraft = await createTestDraft(owner, { questionId: question.id, title: "Cache stampede" });
  await createTestDraft(otherCandidate, { questionId: question.id, title: "Someone else's story" });

  const used = await createInvite(owner, draft.id);
  await acceptInvite(liveCoach, used.token);
  const revoked = await createInvite(owner, draft.id);
  await acceptInvite(revokedCoach, revoked.token);
  const liveShare = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id, coachId: liveCoach.userId }, select: { id: true } });
  const revokedShare = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id, coachId: revokedCoach.userId }, select: { id: true } });
  await revokeShare(owner, draft.id, revokedShare.id);
  await acceptInvite(otherDraftCoach, (await createInvite(owner, otherDraft.id)).token);
  const expired = await createInvite(owner, draft.id, new Date(Date.now() - 8 * DAY_MS));
  const pending = await createInvite(owner, draft.id);

  return {
    actors,
    draftId: draft.id,
    questionId: question.id,
    revisionId: revision.id,
    otherDraftId: otherDraft.id,
    liveShareId: liveShare.id,
    revokedShareId: revokedShare.id,
    pendingInviteId: pending.inviteId,
    pendingToken: pending.token,
    tokenOf: (role) => (role === "expiredInviteCoach" ? expired.token : role === "usedInviteCoach" ? used.token : pending.token),
    userIds: Object.values(actors).map((actor) => actor.userId),
  };
}

/**
 * Everything stored about a scenario's people and drafts, as comparable JSON: the matrix
 * asserts it is unchanged after every denied mutation. A feature that adds a table of user
 * data (comments, grades) adds one line here.
 */
export async function snapshotScenario(scenario: Pick<AccessScenario, "userIds">): Promise<string> {
  const people = { id: { in: scenario.userIds } };
  const drafts = { draft: { ownerId: { in: scenario.userIds } } };
  const byId = { orderBy: { id: "asc" as const } };
  const [users, ownDrafts, revisions, drillAnswers, rehearsals, invites, shares, threads, comments, visits, grades] = await Promise.all([
    db.user.findMany({ where: people, ...byId }),
    db.draft.findMany({ where: { ownerId: { in: scenario.userIds } }, ...byId }),
    db.draftRevision.findMany({ where: drafts, ...byId }),
    db.drillAnswer.findMany({ where: drafts, ...byId }),
    db.rehearsal.findMany({ where: drafts, ...byId }),
    db.draftInvite.findMany({ where: drafts, ...byId }),
    db.draftShare.findMany({ where: { OR: [drafts, { coachId: { in: scenario.userIds } }] }, ...byId }),
    // Review comments and grades (decisions 008, 009): on the cast's drafts, or written by the cast.
    db.commentThread.findMany({ where: { OR: [drafts, { authorId: { in: scenario.userIds } }] }, ...byId }),
    db.comment.findMany({ where: { OR: [{ thread: drafts }, { authorId: { in: scenario.userIds } }] }, ...byId }),
    db.draftVisit.findMany({ where: { OR: [drafts, { userId: { in: scenario.userIds } }] }, ...byId }),
    db.draftGrade.findMany({ where: { OR: [drafts, { coachId: { in: scenario.userIds } }] }, ...byId }),
  ]);
  const tables = { users, drafts: ownDrafts, revisions, drillAnswers, rehearsals, invites, shares, threads, comments, visits, grades };
  return JSON.stringify(tables);
}
