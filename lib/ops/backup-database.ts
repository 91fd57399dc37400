// Backup and restore of the app's database, for `npm run db:backup` / `npm run db:restore`
// (docs/decisions/006-durability-and-backups.md). Node-only; used by scripts and tests.
//  - SQLite: SQLite's online backup API (through better-sqlite3) copies a consistent
//    snapshot while the app keeps serving; restore copies a backup back into the live
//    file the same way, page by page under SQLite's locks, after an integrity check.
//  - PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --single-transaction`
//    (Debian's postgresql-client, the same major version as the server or newer).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { databaseKind, sqliteFilePath, SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db";

export type BackupResult = { file: string; bytes: number };

/** backups/gameday-2026-12-02T11-40-00Z.<ext> under the working directory. */
export function defaultBackupFile(url: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  return path.resolve("backups", `gameday-${stamp}.${databaseKind(url) === "sqlite" ? "db" : "pgdump"}`);
}

export async function backupDatabase(url: string, file: string = defaultBackupFile(url)): Promise<BackupResult> {
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file)) throw new Error(`${file} already exists; a backup never overwrites a file.`);
  if (databaseKind(url) === "sqlite") {
    const source = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
  } else {
    const { env, args } = pgConnection(url);
    run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, ...args], env);
  }
  return { file, bytes: statSync(file).size };
}

export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (databaseKind(url) === "sqlite") {
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const check = backup.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`${file} fails SQLite's integrity check (${String(check)}); nothing was restored.`);
      // Into the live file, under SQLite's own locking: a running app sees the restored data
      // on its next read (and keeps its open file, so it goes on writing to the right one).
      await backup.backup(sqliteFilePath(url));
    } finally {
      backup.close();
    }
    const live = new Database(sqliteFilePath(url), { timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      live.pragma("journal_mode = WAL"); // the backup carries the source's mode; ours is WAL
    } finally {
      live.close();
    }
  } else {
    const { env, args } = pgConnection(url);
    // --clean --if-exists drops what the dump recreates; one transaction: all or nothing.
    run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${env.PGDATABASE}`, ...args, file], env);
  }
}

/** libpq settings from a postgresql:// URL, passed in the environment (never on a command line: `ps` shows those). */
function pgConnection(url: string): { env: Record<string, string>; args: string[] } {
  const parsed = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(parsed.hostname) || "localhost",
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  };
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  const schema = parsed.searchParams.get("schema");
  return { env, args: schema ? [`--schema=${schema}`] : [] };
}

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(`${command} is not installed. On Debian: apt-get install postgresql-client (same major version as the server, or newer).`);
  }
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status ?? result.signal}): ${result.stderr.trim()}`);
}
