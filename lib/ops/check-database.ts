import "server-only";

import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

import { databaseKind, databaseUrl, getDb, sqliteFilePath } from "@/lib/db";

export type DatabaseCheck = { ok: true } | { ok: false; reason: string };

class ProbeRolledBack extends Error {}

/**
 * Can this process write to its database right now? Reading is not enough: with the SQLite
 * data folder deleted, the open file still answers SELECT while every save fails (or, in
 * WAL mode, lands in a file nobody will ever open again). So:
 *  - SQLite: the database file must still be at its path in a writable folder, and a write
 *    (a table created inside a transaction that is then rolled back) must go through;
 *  - PostgreSQL: the same kind of rolled-back write, which also fails on a read-only replica.
 * Nothing is left behind either way.
 */
export async function checkDatabaseWritable(): Promise<DatabaseCheck> {
  const kind = databaseKind();
  if (kind === "sqlite") {
    const file = sqliteFilePath(databaseUrl());
    if (!existsSync(file)) return { ok: false, reason: "the SQLite database file is missing" };
    try {
      accessSync(path.dirname(file), constants.W_OK);
      accessSync(file, constants.W_OK);
    } catch {
      return { ok: false, reason: "the SQLite database file or its folder is not writable" };
    }
  }
  const table = kind === "sqlite" ? '"_gameday_health_probe"' : 'pg_temp."_gameday_health_probe"';
  try {
    await getDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`CREATE TABLE ${table} (x INTEGER)`);
      throw new ProbeRolledBack();
    });
  } catch (error) {
    if (error instanceof ProbeRolledBack) return { ok: true };
    throw error;
  }
  return { ok: true };
}
