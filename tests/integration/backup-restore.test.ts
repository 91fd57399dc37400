import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { databaseKind, databaseUrl, db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft.server";
import { getDraft } from "@/lib/drafts/queries.server";
import { saveDraft } from "@/lib/drafts/save-draft.server";

import { createTestQuestion, createTestUser } from "../db-utils";

// `npm run db:backup` and `npm run db:restore`, as an operator runs them, on the worker's
// own database (SQLite, or PostgreSQL with TEST_DATABASE_URL), while this process keeps its
// connection open as a running app would.

const backupDir = path.resolve("data", "test", "backups");

function npmRun(script: string, ...args: string[]) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl() },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const content = (situation: string) => ({ title: "Backed up", situation, task: "", actions: "", results: "" });

describe("db:backup and db:restore", () => {
  it("a backup taken while the app runs brings back exactly what it held", async () => {
    const user = await createTestUser();
    const question = await createTestQuestion();
    const { id } = await createDraft(user, { questionId: question.id });
    await saveDraft(user, { draftId: id, baseVersion: 1, clientSaveId: randomUUID(), ...content("Before the backup.") });

    mkdirSync(backupDir, { recursive: true });
    const file = path.join(backupDir, `backup-${randomUUID()}.${databaseKind() === "sqlite" ? "db" : "pgdump"}`);
    const backup = npmRun("db:backup", file);
    expect(backup.status, backup.output).toBe(0);
    expect(backup.output).toContain(`backup: ${file}`);

    // Life goes on after the backup: an edit, and a new draft.
    await saveDraft(user, { draftId: id, baseVersion: 2, clientSaveId: randomUUID(), ...content("After the backup.") });
    const later = await createDraft(user, { questionId: question.id });
    expect((await getDraft(user, id)).situation).toBe("After the backup.");

    const restore = npmRun("db:restore", file);
    expect(restore.status, restore.output).toBe(0);

    // The still-open connection reads the restored data.
    const restored = await getDraft(user, id);
    expect(restored.situation).toBe("Before the backup.");
    expect(restored.version).toBe(2);
    expect(await db.draft.findUnique({ where: { id: later.id } })).toBeNull();
    // And it can write again, right after.
    const saved = await saveDraft(user, { draftId: id, baseVersion: 2, clientSaveId: randomUUID(), ...content("Written after the restore.") });
    expect(saved).toMatchObject({ status: "saved", version: 3 });
  });

  it("a damaged backup is refused and the database is left as it was", async () => {
    const user = await createTestUser();
    const question = await createTestQuestion();
    const { id } = await createDraft(user, { questionId: question.id });
    await saveDraft(user, { draftId: id, baseVersion: 1, clientSaveId: randomUUID(), ...content("Still here.") });

    mkdirSync(backupDir, { recursive: true });
    const file = path.join(backupDir, `damaged-${randomUUID()}.bin`);
    writeFileSync(file, "this is not a backup ".repeat(500));
    const restore = npmRun("db:restore", file);
    expect(restore.status).not.toBe(0);
    expect(restore.output).toContain("restore failed");
    expect((await getDraft(user, id)).situation).toBe("Still here.");
  });

  it("says how to call it", () => {
    const restore = npmRun("db:restore");
    expect(restore.status).toBe(2);
    expect(restore.output).toContain("usage: npm run db:restore -- BACKUP_FILE");
  });
});
