// Vitest setupFile of the "integration" project: every worker gets its own real database,
// freshly migrated once per test run, before any test file imports lib/db.
//   default:                    SQLite file data/test/worker-<pool id>.db
//   TEST_DATABASE_URL=postgresql://user:pw@host/name
//                               database <name>_w<pool id> on that server (dropped and
//                               recreated), so the role needs CREATEDB (scripts/postgres-up.sh).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { migrateDatabase } from "@/lib/db-migrate";

const root = process.cwd();
const poolId = process.env.VITEST_POOL_ID ?? "1";
const testDir = path.join(root, "data", "test");
mkdirSync(testDir, { recursive: true });

/** postgresql://…/gameday -> the same server, database gameday_w<pool id>. */
function workerPostgresUrl(baseUrl: string): { url: string; database: string } {
  const url = new URL(baseUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const database = `${base}_w${poolId}`;
  url.pathname = `/${database}`;
  return { url: url.toString(), database };
}

const baseUrl = process.env.TEST_DATABASE_URL;
const usePostgres = !!baseUrl && /^postgres(ql)?:\/\//.test(baseUrl);
const worker = usePostgres
  ? workerPostgresUrl(baseUrl)
  : { url: `file:./data/test/worker-${poolId}.db`, database: `worker-${poolId}.db` };

process.env.DATABASE_URL = worker.url;
// PostgreSQL requires a session secret from the environment (lib/auth/auth-secret.server.ts).
process.env.BETTER_AUTH_SECRET ||= "integration-tests-only-secret-0123456789abcdef";

// Setup files run again for every test file in a worker; the database is made fresh only for
// the first of them in this run. Worker processes are children of the one vitest process,
// so its pid identifies the run.
const runId = String(process.ppid);
const marker = path.join(testDir, `worker-${poolId}.${usePostgres ? "pg" : "sqlite"}.migrated`);
const alreadyMigrated = existsSync(marker) && readFileSync(marker, "utf8") === runId;

if (!alreadyMigrated) {
  if (usePostgres) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${worker.database.replace(/"/g, '""')}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  } else {
    const file = path.join(testDir, worker.database);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
  migrateDatabase(worker.url); // creates the file / database, then applies every migration
  writeFileSync(marker, runId);
}
