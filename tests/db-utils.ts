// Factories for tests that use the real database (integration suites, and e2e setup that
// needs rows the UI cannot make quickly). Each call makes its own rows with unique keys, so
// tests sharing a database never see each other's data (CONVENTIONS.md #10).
import { randomUUID } from "node:crypto";

import type { Actor, ActorRole } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import type { Question, User } from "@/lib/generated/sqlite/client";

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
