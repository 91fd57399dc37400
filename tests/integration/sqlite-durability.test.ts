import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { databaseKind, databaseUrl, getDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db-migrate";

// SQLite settings chosen in docs/decisions/006-durability-and-backups.md, as the app's own
// connections have them, and the refusal to write into a database file that was deleted or
// replaced under the running app (in WAL mode that write would otherwise "succeed" into a
// file no one will open again).

const sqlite = databaseKind() === "sqlite";
const original = databaseUrl();

afterAll(() => {
  process.env.DATABASE_URL = original;
});

describe.skipIf(!sqlite)("SQLite durability settings", () => {
  it("every connection runs in WAL mode, synchronous FULL, with a busy timeout", async () => {
    const db = getDb();
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(2); // FULL
    expect(Number(busy?.timeout)).toBe(5000);
  });

  it("refuses to write once the database file was removed or replaced, and says why", async () => {
    const dir = path.resolve("data", "test", `replaced-${process.env.VITEST_POOL_ID ?? "1"}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const url = `file:${path.join(dir, "app.db")}`;
    migrateDatabase(url);
    process.env.DATABASE_URL = url;
    const db = getDb();
    await db.question.create({ data: { id: "q-before", title: "Before", prompt: "?" } });

    // Someone swaps the file under the running app (a careless restore, a deploy script).
    copyFileSync(path.join(dir, "app.db"), path.join(dir, "copy.db"));
    renameSync(path.join(dir, "copy.db"), path.join(dir, "app.db"));
    await expect(db.question.create({ data: { id: "q-after", title: "After", prompt: "?" } })).rejects.toThrow(/removed or replaced/);
    await expect(db.$transaction(async (tx) => tx.question.count())).rejects.toThrow(/removed or replaced/);

    await db.$disconnect();
    process.env.DATABASE_URL = original;
    rmSync(dir, { recursive: true, force: true });
  });
});
