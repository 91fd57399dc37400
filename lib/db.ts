// The one Prisma client of this process. Not `import "server-only"`: scripts and Vitest
// import it too. It stays free of React and Next instead; never import it from a client
// component.
//
// The adapter follows DATABASE_URL: `file:` -> SQLite through better-sqlite3 (the default,
// `file:./data/gameday.db`), `postgres://` / `postgresql://` -> PostgreSQL through pg. The
// client is typed as the SQLite one either way, so app code can use only what both support
// (docs/decisions/001-prisma-offline.md).
import { statSync } from "node:fs";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { serverEnv } from "@/lib/env";
import { recordQuery } from "@/lib/ops/metrics";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/postgres/client";
import { PrismaClient } from "@/lib/generated/sqlite/client";

export type { PrismaClient };
export type DatabaseKind = "sqlite" | "postgresql";

/** DATABASE_URL, or the default SQLite file when it is unset. */
export function databaseUrl(): string {
  return serverEnv().DATABASE_URL;
}

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/**
 * `file:./data/x.db` -> absolute path. Relative paths are relative to the project root,
 * which is the working directory of `next`, the scripts, Vitest and the Prisma CLI alike.
 */
export function sqliteFilePath(url: string): string {
  // The file is only known at run time; tell the bundler not to trace the project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * How every SQLite connection of the app is set up, chosen for durability
 * (docs/decisions/006-durability-and-backups.md):
 *  - WAL: readers never wait for the writer, and a crash can only lose an unfinished
 *    transaction (the setting is stored in the file, so scripts and backups see it too);
 *  - synchronous FULL: each commit is on disk before the save is acknowledged, so a power
 *    cut cannot take back a save the browser was told about (and then forgot its copy);
 *  - busy_timeout: another process holding the write lock (a backup, a script, a second
 *    instance on the same file) makes a save wait up to 5 s instead of failing at once.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
export const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`;

/**
 * How many PostgreSQL connections one app instance may hold: `connection_limit` in DATABASE_URL
 * (the name Prisma's own engine used), else pg's default of 10. Several instances behind a load
 * balancer share the server's max_connections (README, "Several instances").
 */
export function postgresPoolSize(url: string): number {
  const raw = new URL(url).searchParams.get("connection_limit");
  if (raw === null) return 10;
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < 1 || size > 1000) {
    throw new Error(`DATABASE_URL: connection_limit must be a whole number from 1 to 1000, not "${raw}"`);
  }
  return size;
}

const WRITE_STATEMENT = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i;

/**
 * The better-sqlite3 adapter, with SQLITE_PRAGMAS run on each connection it opens, and a
 * refusal to write once the database file is no longer the one it opened (deleted, or
 * replaced by a restore): in WAL mode such writes would still "succeed", into a file that
 * no one will ever open again, and the browser would drop its copy of words now lost.
 * Costs one stat() per write statement or transaction.
 */
function durableSqlite(file: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      const opened = statSync(file).ino;
      const assertSameFile = () => {
        if (statSync(file, { throwIfNoEntry: false })?.ino !== opened) {
          throw new Error(`SQLite database file ${file} was removed or replaced after it was opened; restart the app to use the file now at that path.`);
        }
      };
      const { startTransaction, executeRaw, queryRaw } = adapter;
      adapter.startTransaction = (...args) => (assertSameFile(), startTransaction.apply(adapter, args));
      adapter.executeRaw = (query) => (WRITE_STATEMENT.test(query.sql) && assertSameFile(), executeRaw.call(adapter, query));
      adapter.queryRaw = (query) => (WRITE_STATEMENT.test(query.sql) && assertSameFile(), queryRaw.call(adapter, query));
      return adapter;
    },
  };
}

// Every statement's duration goes to the database latency histogram (/api/metrics).
const log = [{ emit: "event", level: "query" }] as const;
type QueryEvent = { query: string; duration: number };

function createClient(url: string): PrismaClient {
  let client: PrismaClient;
  if (databaseKind(url) === "postgresql") {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    const adapter = new PrismaPg({ connectionString: url, max: postgresPoolSize(url) }, schema ? { schema } : undefined);
    // Same models, same queries: the generated clients differ only in provider details,
    // which app code must not rely on. Hence one type for both.
    client = new PostgresPrismaClient({ adapter, log: [...log] }) as unknown as PrismaClient;
  } else {
    client = new PrismaClient({ adapter: durableSqlite(sqliteFilePath(url)), log: [...log] });
  }
  (client as unknown as { $on(event: "query", listener: (e: QueryEvent) => void): void }).$on("query", (e) =>
    recordQuery(e.query, e.duration),
  );
  return client;
}

// Cached on globalThis so that hot reloads in `next dev` reuse one client instead of
// opening a new pool each time (prisma#10247).
const cache = globalThis as typeof globalThis & { __gamedayDb?: { url: string; client: PrismaClient } };

/** The process's client for the current DATABASE_URL, created on first use. */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!cache.__gamedayDb || cache.__gamedayDb.url !== url) {
    cache.__gamedayDb = { url, client: createClient(url) };
  }
  return cache.__gamedayDb.client;
}

export const db: PrismaClient = getDb();
