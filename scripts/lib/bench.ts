// What the HTTP benchmarks (bench-load.ts, bench-story-bank.ts) share: a fresh database with the
// seed, the same statements straight through better-sqlite3 / pg as the reference, and the
// production build (`next start`) with the demo candidate signed in.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import pg from "pg";

import { DEMO_CANDIDATE } from "../../lib/auth/demo-accounts";
import { quietEnv } from "./run.mjs";

/** The PostgreSQL database a benchmark drops and recreates (BENCH_DATABASE_URL). */
export const benchPostgresUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://gameday:gameday@127.0.0.1:5432/gameday_bench";

// PostgreSQL needs a session secret from the environment (lib/auth/auth-secret.server.ts).
const env = {
  ...process.env,
  ...quietEnv,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || "bench-only-secret-0123456789abcdef0123456789abcdef",
};

// ── the database, straight ──────────────────────────────────────────────────────────────
export type Kind = "sqlite" | "postgresql";
export type Row = Record<string, unknown>;
export type Raw = {
  kind: Kind;
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (query: Raw["query"]) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** `file:` URL → the database file's absolute path. */
export const sqliteFile = (url: string) => path.resolve(url.slice("file:".length));

/**
 * SQLite with the app's settings (lib/db.ts SQLITE_PRAGMAS). Dates are written as the Prisma
 * adapter stores them (ISO text with +00:00), booleans as 0/1.
 */
export function sqliteRaw(file: string): Raw {
  const db = new Database(file, { timeout: 5000 });
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
  const statements = new Map<string, Database.Statement>();
  const query = async (sql: string, params: unknown[] = []) => {
    // $1-style placeholders (PostgreSQL's) become positional ones, repeated as often as they occur.
    const order = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
    const text = sql.replace(/\$\d+/g, "?");
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    const values = order
      .map((i) => params[i])
      .map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v));
    return statement.reader ? (statement.all(...values) as Row[]) : (statement.run(...values), []);
  };
  return {
    kind: "sqlite",
    query,
    async transaction(work) {
      db.exec("BEGIN");
      try {
        const result = await work(query);
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    async close() {
      db.close();
    },
  };
}

export function postgresRaw(url: string, connections: number): Raw {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  return {
    kind: "postgresql",
    query: async (sql, params = []) => (await pool.query(sql, params)).rows,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(async (sql, params = []) => (await client.query(sql, params)).rows);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

// ── running it ─────────────────────────────────────────────────────────────────────────
export function run(command: string, args: string[], extraEnv: Record<string, string>) {
  const result = spawnSync(command, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/** Builds the app once; a benchmark measures whatever build .next holds. */
export function buildIfMissing() {
  if (!existsSync(".next/BUILD_ID")) run("node_modules/.bin/next", ["build"], {});
}

/** An empty database (SQLite: a new file; PostgreSQL: the public schema dropped), migrated and seeded. */
export async function resetDatabase(kind: Kind, url: string) {
  if (kind === "sqlite") {
    const file = sqliteFile(url);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  run("node_modules/.bin/prisma", ["migrate", "deploy"], { DATABASE_URL: url });
  run("node_modules/.bin/tsx", ["scripts/seed.ts"], { DATABASE_URL: url });
}

/** `next start` on `url`, once healthy signed in as the demo candidate: the server and that session's cookie. */
export async function startServer(url: string, port: number): Promise<{ child: ChildProcess; cookie: string }> {
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    detached: true,
    stdio: "ignore",
    env: { ...env, NODE_ENV: "production", DATABASE_URL: url, PORT: String(port), LOG_LEVEL: "warn" },
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) {
        const response = await fetch(`${baseURL}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: baseURL },
          body: JSON.stringify({ email: DEMO_CANDIDATE.email, password: DEMO_CANDIDATE.password }),
        });
        if (!response.ok) throw new Error(`bench: demo sign-in answered ${response.status}`);
        const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]!).join("; ");
        return { child, cookie };
      }
    } catch (error) {
      if ((error as Error).message.startsWith("bench:")) throw error;
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become healthy");
}

/** Stops the server started by startServer (its whole process group). */
export function stopServer(child: ChildProcess) {
  if (child.pid) process.kill(-child.pid, "SIGKILL");
}

/** Ends the run (exit 0) with a line saying how to get PostgreSQL when it cannot be reached. */
export async function exitUnlessPostgres(url: string) {
  try {
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    await probe.end();
  } catch (error) {
    console.log(`\nPostgreSQL: skipped (${(error as Error).message}). Start it with: bash scripts/postgres-up.sh, create the database, or set BENCH_DATABASE_URL.`);
    process.exit(0);
  }
}
