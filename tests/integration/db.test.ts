// lib/db talks to the worker's real, migrated database (see tests/setup/integration-db.ts).
import { describe, expect, it } from "vitest";

import { databaseKind, databaseUrl, db, getDb, postgresPoolSize } from "@/lib/db";

import { createTestQuestion, createTestUser } from "../db-utils";

describe("lib/db", () => {
  it("sizes the PostgreSQL pool from connection_limit, 10 by default, and refuses nonsense", () => {
    expect(postgresPoolSize("postgresql://u:p@db:5432/app")).toBe(10);
    expect(postgresPoolSize("postgresql://u:p@db:5432/app?connection_limit=4&sslmode=require")).toBe(4);
    for (const bad of ["0", "-1", "ten", "2.5", "5000"]) {
      expect(() => postgresPoolSize(`postgresql://u:p@db:5432/app?connection_limit=${bad}`)).toThrow(/connection_limit/);
    }
  });

  it("uses the worker's database, of the kind TEST_DATABASE_URL asks for", () => {
    expect(databaseUrl()).toBe(process.env.DATABASE_URL);
    expect(databaseKind()).toBe(process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite");
    expect(getDb()).toBe(db); // one client per process
  });

  it("writes a user, a question and a draft, and reads them back with their relations", async () => {
    const user = await createTestUser({ name: "Ada" });
    const question = await createTestQuestion({ title: "Own a storage migration" });
    const created = await db.draft.create({
      data: { ownerId: user.id, questionId: question.id, title: "Lease expiry", situation: "Every write takes a lease.", tags: "leases,storage" },
    });

    const found = await db.draft.findUniqueOrThrow({
      where: { id: created.id },
      include: { owner: true, question: true },
    });
    expect(found).toMatchObject({
      title: "Lease expiry",
      situation: "Every write takes a lease.",
      version: 1,
      score: null,
      adjacent: false,
      owner: { id: user.id, name: "Ada", role: "candidate" },
      question: { id: question.id, title: "Own a storage migration", profile: "infra-ownership" },
    });
    expect(found.createdAt).toBeInstanceOf(Date);

    // Cascade: deleting the user deletes the draft.
    await db.user.delete({ where: { id: user.id } });
    expect(await db.draft.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("gives every test user a unique email", async () => {
    const [a, b] = await Promise.all([createTestUser(), createTestUser()]);
    expect(a.email).not.toBe(b.email);
  });
});
