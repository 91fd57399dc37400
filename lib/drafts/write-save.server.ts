import "server-only";

import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/current-actor.server";
import { databaseKind, db } from "@/lib/db";
import { draftEditAccessSql } from "@/lib/drafts/draft-access.server";
import type { DraftContent } from "@/lib/drafts/draft-schema";
import { Prisma } from "@/lib/generated/sqlite/client";

/**
 * What the save writes to the revision history besides the new version of the draft
 * (decisions 003 and 009):
 * - "new": a new revision row;
 * - "step": the head (the revision of baseVersion) becomes a hidden step and the burst goes on
 *   in a new row that keeps the head's start, unless a comment sealed the head meanwhile;
 * - "fold": the head takes the new text and version, unless a comment sealed it meanwhile, in
 *   which case a new row is written instead.
 */
export type RevisionWrite =
  | { kind: "new" }
  | { kind: "step"; headId: string; headCreatedAt: Date }
  | { kind: "fold"; headId: string };

export type SaveWrite = {
  draftId: string;
  baseVersion: number;
  content: DraftContent;
  score: number | null;
  searchText: string;
  clientSaveId: string;
  source: "edit" | "restore";
  revision: RevisionWrite;
  /** When a new revision starts (its createdAt: the burst window counts from it). */
  startedAt: Date;
  /** The write's own time: updatedAt of the draft and of the revision written. */
  stamp: Date;
};

/**
 * The save's write in as few statements as the database allows (issue 10: Prisma's cost is
 * per operation, and an interactive transaction is four of them plus its own bookkeeping).
 * Returns false, having written nothing, when the draft is not at baseVersion or the actor may
 * not edit it: the conditional UPDATE names the id, the access rule (`draftEditAccessSql`, the
 * same statement: never an id trusted from the client) and the version, so of two racing
 * saves exactly one moves the draft to baseVersion + 1, and only that one touches revisions.
 *
 * - PostgreSQL: ONE statement. Data-modifying CTEs run once each, in one snapshot, and see each
 *   other only through RETURNING: the revision writes read `upd`, so they happen only when the
 *   draft's UPDATE did. A racing save waits on the draft's row lock, re-checks its version and
 *   updates nothing. The fold / step condition `"sealedAt" IS NULL` is re-checked the same way
 *   if a comment seals the head concurrently, and the fold's INSERT then writes a new row.
 * - SQLite: one batch transaction of three statements (two for a new row), shared with the
 *   saves that arrived meanwhile (group commit, below) (no BEGIN/COMMIT round trips through
 *   Prisma's interactive transaction). SQLite has no data-modifying CTEs, so the revision
 *   writes come first, each conditioned on the draft being at baseVersion for this actor
 *   (`EXISTS`), and the draft's UPDATE last, with the same condition. The first write statement
 *   takes SQLite's single write lock, so nothing can change the draft between the three; the
 *   fold's fallback row and the step's start read `changes()`, the number of rows the statement
 *   before changed, on the same connection inside the same transaction.
 */
export async function writeSave(actor: Actor, write: SaveWrite): Promise<boolean> {
  return databaseKind() === "postgresql" ? writePostgres(actor, write) : writeSqlite(actor, write);
}

const sql = Prisma.sql;

function draftUpdate(actor: Actor, w: SaveWrite) {
  const { title, situation, task, actions, results } = w.content;
  return sql`UPDATE "Draft" SET "title" = ${title}, "situation" = ${situation}, "task" = ${task}, "actions" = ${actions}, "results" = ${results},
    "score" = ${w.score}, "version" = ${w.baseVersion + 1}, "searchText" = ${w.searchText}, "updatedAt" = ${w.stamp}
    WHERE "Draft"."id" = ${w.draftId} AND ${draftEditAccessSql(actor)} AND "Draft"."version" = ${w.baseVersion}`;
}

/** The new revision's values, in the column order of INSERT_COLUMNS; `createdAt` is SQL. */
function revisionValues(w: SaveWrite, createdAt: Prisma.Sql, cast: (type: string) => Prisma.Sql) {
  const { title, situation, task, actions, results } = w.content;
  return sql`${randomUUID()}, ${w.draftId}, ${w.baseVersion + 1}${cast("int")}, ${title}, ${situation}, ${task}, ${actions}, ${results},
    ${w.score}${cast("int")}, ${w.clientSaveId}, ${w.source}, ${createdAt}, ${w.stamp}${cast("timestamp(3)")}`;
}
const INSERT_COLUMNS = Prisma.raw(
  `INSERT INTO "DraftRevision" ("id", "draftId", "version", "title", "situation", "task", "actions", "results", "score", "clientSaveId", "source", "createdAt", "updatedAt")`,
);

function foldSet(w: SaveWrite) {
  const { title, situation, task, actions, results } = w.content;
  return sql`"title" = ${title}, "situation" = ${situation}, "task" = ${task}, "actions" = ${actions}, "results" = ${results},
    "score" = ${w.score}, "version" = ${w.baseVersion + 1}, "clientSaveId" = ${w.clientSaveId}, "updatedAt" = ${w.stamp}`;
}

async function writePostgres(actor: Actor, w: SaveWrite): Promise<boolean> {
  const cast = (type: string) => Prisma.raw(`::${type}`);
  const now = sql`${w.startedAt}::timestamp(3)`;
  const upd = sql`upd AS (${draftUpdate(actor, w)} RETURNING "Draft"."id")`;
  let rest: Prisma.Sql;
  const r = w.revision;
  if (r.kind === "new") {
    rest = sql`ins AS (${INSERT_COLUMNS} SELECT ${revisionValues(w, now, cast)} FROM upd)`;
  } else if (r.kind === "step") {
    rest = sql`head AS (UPDATE "DraftRevision" SET "source" = 'step', "updatedAt" = ${w.stamp}
        WHERE "id" = ${r.headId} AND "sealedAt" IS NULL AND EXISTS (SELECT 1 FROM upd) RETURNING "createdAt"),
      ins AS (${INSERT_COLUMNS} SELECT ${revisionValues(w, sql`COALESCE((SELECT "createdAt" FROM head), ${now})`, cast)} FROM upd)`;
  } else {
    rest = sql`head AS (UPDATE "DraftRevision" SET ${foldSet(w)}
        WHERE "id" = ${r.headId} AND "sealedAt" IS NULL AND EXISTS (SELECT 1 FROM upd) RETURNING "id"),
      ins AS (${INSERT_COLUMNS} SELECT ${revisionValues(w, now, cast)} FROM upd WHERE NOT EXISTS (SELECT 1 FROM head))`;
  }
  const [row] = await db.$queryRaw<{ applied: number }[]>`WITH ${upd}, ${rest} SELECT COUNT(*)::int AS "applied" FROM upd`;
  return Number(row?.applied) === 1;
}

/** One save's statements on SQLite, in order; the last is the draft's UPDATE, whose count says whether it applied. */
function sqliteStatements(actor: Actor, w: SaveWrite): Prisma.Sql[] {
  const none = () => Prisma.empty;
  // The draft is still at baseVersion and the actor may edit it (checked again by the UPDATE).
  const atBase = sql`EXISTS (SELECT 1 FROM "Draft" WHERE "Draft"."id" = ${w.draftId} AND ${draftEditAccessSql(actor)} AND "Draft"."version" = ${w.baseVersion})`;
  const r = w.revision;
  const draft = draftUpdate(actor, w);
  if (r.kind === "new") return [sql`${INSERT_COLUMNS} SELECT ${revisionValues(w, sql`${w.startedAt}`, none)} WHERE ${atBase}`, draft];
  if (r.kind === "step") {
    return [
      sql`UPDATE "DraftRevision" SET "source" = 'step', "updatedAt" = ${w.stamp} WHERE "id" = ${r.headId} AND "sealedAt" IS NULL AND ${atBase}`,
      sql`${INSERT_COLUMNS} SELECT ${revisionValues(w, sql`CASE WHEN changes() = 1 THEN ${r.headCreatedAt} ELSE ${w.startedAt} END`, none)} WHERE ${atBase}`,
      draft,
    ];
  }
  return [
    sql`UPDATE "DraftRevision" SET ${foldSet(w)} WHERE "id" = ${r.headId} AND "sealedAt" IS NULL AND ${atBase}`,
    sql`${INSERT_COLUMNS} SELECT ${revisionValues(w, sql`${w.startedAt}`, none)} WHERE changes() = 0 AND ${atBase}`,
    draft,
  ];
}

/**
 * Group commit on SQLite. better-sqlite3 is synchronous: each COMMIT's fsync (synchronous =
 * FULL, decision 006) blocks the whole process, and SQLite has one writer anyway. So saves
 * that arrive while a write transaction is running wait and then go together in the next one:
 * one transaction and one fsync for the group, each save's statements one after another (each
 * still checks its own draft's version, so two saves of one draft in a group behave exactly as
 * two transactions in a row: the second finds the version moved and writes nothing). Every
 * save is answered only after the COMMIT that holds it. A save arriving when nothing is being
 * written goes at once, alone: no waiting is added. If a group fails (a constraint, a busy
 * database), nothing of it was written, and each of its saves is tried again alone, so one
 * save's error is that save's alone. Nothing is kept beyond the saves in flight.
 */
type Pending = { statements: Prisma.Sql[]; resolve: (applied: boolean) => void; reject: (error: unknown) => void };
const GROUP_MAX = 64;
const group = globalThis as typeof globalThis & { __gamedaySaveQueue?: { waiting: Pending[]; writing: boolean } };
const queue = (group.__gamedaySaveQueue ??= { waiting: [], writing: false });

function writeSqlite(actor: Actor, w: SaveWrite): Promise<boolean> {
  const statements = sqliteStatements(actor, w);
  return new Promise<boolean>((resolve, reject) => {
    queue.waiting.push({ statements, resolve, reject });
    if (!queue.writing) void drain();
  });
}

async function runTogether(saves: Pending[]): Promise<boolean[]> {
  const counts = await db.$transaction(saves.flatMap((p) => p.statements.map((statement) => db.$executeRaw(statement))));
  let at = 0;
  return saves.map((p) => {
    at += p.statements.length;
    return counts[at - 1] === 1;
  });
}

async function drain(): Promise<void> {
  queue.writing = true;
  try {
    while (queue.waiting.length > 0) {
      const saves = queue.waiting.splice(0, GROUP_MAX);
      try {
        const applied = await runTogether(saves);
        saves.forEach((p, i) => p.resolve(applied[i]!));
      } catch (error) {
        if (saves.length === 1) {
          saves[0]!.reject(error);
          continue;
        }
        for (const p of saves) {
          try {
            p.resolve((await runTogether([p]))[0]!);
          } catch (alone) {
            p.reject(alone);
          }
        }
      }
    }
  } finally {
    queue.writing = false;
  }
}
