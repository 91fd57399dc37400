// The one Prisma client of this process. Not `import "server-only"`: scripts and Vitest
// import it too. It stays free of React and Next instead; never import it from a client
// component.
//
// The adapter follows DATABASE_URL: `file:` -> SQLite through better-sqlite3 (the default,
// `file:./data/gameday.db`), `postgres://` / `postgresql://` -> PostgreSQL through pg. The
// client is typed as the SQLite one either way, so app code can use only what both support
// (docs/decisions/001-prisma-offline.md).
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { serverEnv } from "@/lib/env";
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

function createClient(url: string): PrismaClient {
  if (databaseKind(url) === "postgresql") {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    const adapter = new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
    // Same models, same queries: the generated clients differ only in provider details,
    // which app code must not rely on. Hence one type for both.
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}` }) });
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
