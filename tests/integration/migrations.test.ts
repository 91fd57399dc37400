// The committed migrations are the database: on a fresh database they apply cleanly, leave
// nothing pending, and produce exactly the schema in prisma/*.prisma (no drift). Runs the
// real Prisma CLI through our schema-engine stand-in, on SQLite and, when TEST_DATABASE_URL
// is set, on PostgreSQL.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const root = process.cwd();
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
const scratch = path.join(root, "data", "test");
mkdirSync(scratch, { recursive: true });

function prisma(args: string[], databaseUrl: string) {
  const result = spawnSync(prismaBin, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

type Target = { name: string; url: string; schema: string; migrations: string; cleanup: () => Promise<void> };

function sqliteTarget(): Target {
  const file = path.join(scratch, `migrations-${randomUUID()}.db`);
  return {
    name: "SQLite",
    url: `file:${path.relative(root, file)}`,
    schema: "prisma/schema.prisma",
    migrations: "prisma/migrations",
    cleanup: async () => {
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}

function postgresTarget(baseUrl: string): Target {
  const url = new URL(baseUrl);
  const database = `${url.pathname.slice(1) || "postgres"}_migrations_w${process.env.VITEST_POOL_ID ?? "1"}`;
  url.pathname = `/${database}`;
  const dropIt = async () => {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  return {
    name: "PostgreSQL",
    url: url.toString(),
    schema: "prisma/postgres/schema.prisma",
    migrations: "prisma/postgres/migrations",
    cleanup: dropIt,
  };
}

const targets: Target[] = [sqliteTarget()];
if (process.env.TEST_DATABASE_URL) targets.push(postgresTarget(process.env.TEST_DATABASE_URL));

const scratchFiles: string[] = [];
afterAll(async () => {
  for (const target of targets) await target.cleanup();
  for (const file of scratchFiles) rmSync(file, { force: true });
});

describe.each(targets)("migrations on a fresh $name database", (target) => {
  it("apply cleanly, leave nothing pending, and match the schema exactly", async () => {
    await target.cleanup(); // fresh, even if an earlier run was interrupted

    const deploy = prisma(["migrate", "deploy"], target.url);
    expect(deploy.output).toContain("All migrations have been successfully applied");
    expect(deploy.status).toBe(0);

    const status = prisma(["migrate", "status"], target.url);
    expect(status.output).toContain("Database schema is up to date");
    expect(status.status).toBe(0);

    const diff = prisma(
      ["migrate", "diff", "--from-migrations", target.migrations, "--to-schema", target.schema, "--exit-code"],
      target.url,
    );
    expect(diff.output).toContain("No difference detected");
    expect(diff.status).toBe(0);
  });

  it("drift check fails when the schema has a change no migration has", () => {
    // Proves the previous test's `--exit-code` check can fail at all.
    const drifted = path.join(scratch, `drifted-${randomUUID()}.prisma`);
    scratchFiles.push(drifted);
    const schema = readFileSync(path.join(root, target.schema), "utf8");
    writeFileSync(drifted, schema.replace(/model User \{/, "model User {\n  nickname String?"));

    const diff = prisma(["migrate", "diff", "--from-migrations", target.migrations, "--to-schema", drifted, "--exit-code"], target.url);
    expect(diff.output).toMatch(/nickname/);
    expect(diff.status).toBe(2);
  });
});
