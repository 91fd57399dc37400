// Helpers for integration tests. Each test makes its own data with unique keys, so tests
// sharing a worker's database never see each other's rows.
import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Question, User } from "@/lib/generated/sqlite/client";

/** A user with a unique email (`test-<uuid>@example.test`). */
export async function createTestUser(overrides: { name?: string; email?: string; role?: string } = {}): Promise<User> {
  const id = randomUUID();
  return db.user.create({
    data: { email: `test-${id}@example.test`, name: `Test User ${id.slice(0, 8)}`, ...overrides },
  });
}

/** A question with a unique id (questions have no generated id: they come from the rubric profiles). */
export async function createTestQuestion(overrides: { id?: string; title?: string; prompt?: string; profile?: string } = {}): Promise<Question> {
  const id = `test-question-${randomUUID()}`;
  return db.question.create({
    data: { id, title: "Test question", prompt: "Tell me about a time you owned a piece of infrastructure.", ...overrides },
  });
}
