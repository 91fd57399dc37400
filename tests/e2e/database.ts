import { randomUUID } from "node:crypto";
import path from "node:path";

// Direct access to the e2e server's database (scripts/e2e-server.mjs), for the few
// tests that must arrange what the UI cannot do quickly, such as the passing of time.

/**
 * Moves every revision of a draft an hour back in time, so the next autosave starts a new
 * revision instead of folding into the current burst (REVISION_BURST_MS in lib/drafts/save-draft.ts).
 */
export async function moveRevisionsBackInTime(draftId: string) {
  const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
  if (url.startsWith("file:")) {
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(path.resolve(url.slice("file:".length)));
    try {
      const rows = sqlite.prepare('SELECT id, createdAt FROM "DraftRevision" WHERE draftId = ?').all(draftId) as { id: string; createdAt: string | number }[];
      const update = sqlite.prepare('UPDATE "DraftRevision" SET createdAt = ? WHERE id = ?');
      for (const row of rows) {
        // Keep the storage format the Prisma adapter chose (ISO text or epoch milliseconds).
        const earlier = new Date(new Date(row.createdAt).getTime() - 60 * 60 * 1000);
        const value = typeof row.createdAt === "number" ? earlier.getTime() : earlier.toISOString().replace("Z", row.createdAt.endsWith("Z") ? "Z" : "+00:00");
        update.run(value, row.id);
      }
    } finally {
      sqlite.close();
    }
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`UPDATE "DraftRevision" SET "createdAt" = "createdAt" - interval '1 hour' WHERE "draftId" = $1`, [draftId]);
    } finally {
      await client.end();
    }
  }
}

/**
 * One SQL statement against the e2e server's database, for arranging what HTTP cannot
 * (reading a generated id, moving a date). Write `?` for parameters; PostgreSQL gets `$n`.
 */
export async function queryE2E<Row = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
  if (url.startsWith("file:")) {
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(path.resolve(url.slice("file:".length)));
    try {
      const statement = sqlite.prepare(sql);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as Row[];
    } finally {
      sqlite.close();
    }
  }
  let n = 0;
  return (await (await pgPool(url)).query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as Row[];
}

// One small pool per test worker and database, instead of a connection (and its password
// handshake) per statement: the authorization matrix reads the database a few hundred times.
// allowExitOnIdle lets the worker process end without closing it.
const pools = new Map<string, Promise<import("pg").Pool>>();
function pgPool(url: string): Promise<import("pg").Pool> {
  let pool = pools.get(url);
  if (!pool) {
    pool = import("pg").then(({ default: pg }) => new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 5_000, allowExitOnIdle: true }));
    pools.set(url, pool);
  }
  return pool;
}

/** Moves one row's date column by `deltaMs`, keeping the storage format the Prisma adapter chose. */
export async function shiftDate(table: string, column: string, id: string, deltaMs: number) {
  const [row] = await queryE2E<{ value: string | number | Date }>(`SELECT "${column}" AS value FROM "${table}" WHERE id = ?`, [id]);
  if (!row) throw new Error(`no ${table} row ${id}`);
  const moved = new Date(new Date(row.value).getTime() + deltaMs);
  const value =
    row.value instanceof Date ? moved : typeof row.value === "number" ? moved.getTime() : moved.toISOString().replace("Z", row.value.endsWith("Z") ? "Z" : "+00:00");
  await queryE2E(`UPDATE "${table}" SET "${column}" = ? WHERE id = ?`, [value, id]);
}

/**
 * Gives the account `email` `count` drafts titled `<prefix> 001`…, one minute apart (001 the
 * newest), every fifth tagged "paging-five", in one transaction: what a long story bank looks
 * like, without typing 120 drafts. searchText is left empty on purpose (as for drafts written
 * before the column existed): the story bank fills it in before a search.
 */
export async function seedStoryBank(email: string, count: number, prefix: string) {
  const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `e2e${randomUUID().replace(/-/g, "")}`,
    title: `${prefix} ${String(i + 1).padStart(3, "0")}`,
    tags: (i + 1) % 5 === 0 ? "paging-five" : "",
    at: new Date(now - (i + 1) * 60_000),
  }));
  const insert = `INSERT INTO "Draft" ("id", "ownerId", "questionId", "title", "tags", "createdAt", "updatedAt")
    SELECT $1, u."id", (SELECT "id" FROM "Question" ORDER BY "position", "id" LIMIT 1), $2, $3, $4, $4 FROM "User" u WHERE u."email" = $5`;
  if (url.startsWith("file:")) {
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(path.resolve(url.slice("file:".length)), { timeout: 5000 });
    try {
      // $N placeholders become positional ones, repeated as often as they occur.
      const order = [...insert.matchAll(/\$(\d)/g)].map((match) => Number(match[1]) - 1);
      const statement = sqlite.prepare(insert.replace(/\$\d/g, "?"));
      sqlite.transaction(() => {
        for (const row of rows) {
          // The format the Prisma adapter writes (ISO text with +00:00), so text comparisons order it.
          const values = [row.id, row.title, row.tags, row.at.toISOString().replace("Z", "+00:00"), email];
          statement.run(...order.map((i) => values[i]));
        }
      })();
    } finally {
      sqlite.close();
    }
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("BEGIN");
      for (const row of rows) await client.query(insert, [row.id, row.title, row.tags, row.at, email]);
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
  }
  return rows;
}
