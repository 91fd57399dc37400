// npm run -s bench:load
// Load on the production build (`next start`), with autocannon, on SQLite and on PostgreSQL:
//  - autosaves from 1, 16 and 64 clients, each typing into its own draft;
//  - 16 clients racing to save one draft: winners, losers (each told), and a check that every
//    winner's version is in the database (nothing lost);
//  - the editor page (GET /drafts/:id) with 16 clients;
// and, as the reference, the same save transaction (read, idempotency check, score, conditional
// update, revision write) straight through better-sqlite3 / pg in the same run, with and
// without scoring. Prints throughput, p50/p99 and each save figure's ratio to the reference.
// Environment: BENCH_SECONDS (10 per run), BENCH_PORT (3300), BENCH_DATABASE_URL (PostgreSQL,
// default postgresql://gameday:gameday@127.0.0.1:5432/gameday_bench; dropped and recreated).
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";

import autocannon from "autocannon";

import { DEMO_CANDIDATE } from "../lib/auth/demo-accounts";
import { scoreSections } from "../lib/drafts/score-sections";
import { DEMO_DRAFTS } from "../lib/seed/demo-drafts";
import { benchPostgresUrl, buildIfMissing, exitUnlessPostgres, postgresRaw, resetDatabase, sqliteFile, sqliteRaw, startServer, stopServer, type Kind, type Raw } from "./lib/bench";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3300);
const baseURL = `http://127.0.0.1:${port}`;
const sqliteUrl = "file:./data/bench/bench.db";
/** The demo candidate's session on the server being measured (every save and page is theirs). */
let session = "";
const demo = DEMO_DRAFTS[0]!;

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

// ── the database, straight ──────────────────────────────────────────────────────────────
type Content = { title: string; situation: string; task: string; actions: string; results: string };
const contentFor = (client: number, take: number): Content => ({
  title: `Bench draft ${client}`,
  situation: `${demo.situation} (client ${client}, take ${take})`,
  task: demo.task,
  actions: demo.actions,
  results: demo.results,
});

/** The save transaction of lib/drafts/save-draft.ts, in plain SQL (a folded autosave). */
async function rawSave(raw: Raw, ownerId: string, draftId: string, content: Content, clientSaveId: string, score: boolean): Promise<boolean> {
  const [draft] = await raw.query(
    `SELECT d."version", d."title", d."situation", d."task", d."actions", d."results", q."profile" FROM "Draft" d JOIN "Question" q ON q."id" = d."questionId" WHERE d."id" = $1 AND d."ownerId" = $2 AND d."deletedAt" IS NULL`,
    [draftId, ownerId],
  );
  if (!draft) throw new Error("raw save: draft not found");
  await raw.query(`SELECT "version" FROM "DraftRevision" WHERE "draftId" = $1 AND "clientSaveId" = $2`, [draftId, clientSaveId]);
  const value = score ? scoreSections(content, String(draft.profile)) : null;
  const base = Number(draft.version);
  const now = new Date();
  return raw.transaction(async (query) => {
    const updated = await query(
      `UPDATE "Draft" SET "title" = $1, "situation" = $2, "task" = $3, "actions" = $4, "results" = $5, "score" = $6, "version" = $7, "updatedAt" = $8 WHERE "id" = $9 AND "ownerId" = $10 AND "version" = $11 AND "deletedAt" IS NULL RETURNING "id"`,
      [content.title, content.situation, content.task, content.actions, content.results, value, base + 1, now, draftId, ownerId, base],
    );
    if (updated.length === 0) return false;
    const [head] = await query(`SELECT "id" FROM "DraftRevision" WHERE "draftId" = $1 AND "version" = $2`, [draftId, base]);
    if (head) {
      await query(
        `UPDATE "DraftRevision" SET "title" = $1, "situation" = $2, "task" = $3, "actions" = $4, "results" = $5, "score" = $6, "version" = $7, "clientSaveId" = $8, "updatedAt" = $9 WHERE "id" = $10`,
        [content.title, content.situation, content.task, content.actions, content.results, value, base + 1, clientSaveId, now, head.id],
      );
    } else {
      await query(
        `INSERT INTO "DraftRevision" ("id", "draftId", "version", "title", "situation", "task", "actions", "results", "score", "clientSaveId", "source", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'edit', $11, $11)`,
        [randomUUID(), draftId, base + 1, content.title, content.situation, content.task, content.actions, content.results, value, clientSaveId, now],
      );
    }
    return true;
  });
}

type Figure = { perSecond: number; p50: number; p99: number };

/** `clients` loops, each saving its own draft back to back for `seconds`. */
async function rawFigure(raw: Raw, ownerId: string, drafts: string[], clients: number, score: boolean): Promise<Figure> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    drafts.slice(0, clients).map(async (draftId, client) => {
      for (let take = 1; performance.now() < end; take++) {
        const start = performance.now();
        if (!(await rawSave(raw, ownerId, draftId, contentFor(client, take), randomUUID(), score))) throw new Error("raw save lost a race it should not be in");
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

// ── the app over HTTP ──────────────────────────────────────────────────────────────────
type SaveCounts = { ok: number; conflict: number; other: number; versions: Set<number> };

/**
 * `clients` connections saving for `seconds`. Each request takes a draft that has no save in
 * flight (with the version last acknowledged for it) and gives it back with its answer, so
 * with `drafts.length === clients` every client types into a draft of its own. With one
 * shared draft (`race`) every connection saves it at once, each with the newest version it
 * has heard of: one wins each version, the others are told (a conflict with the winner's text).
 * (autocannon clears a connection's context after each round of `requests`, so what must
 * last lives here, not in the context.)
 */
async function saveLoad(drafts: string[], clients: number, race: { draftId: string; version: number } | null, duration = seconds) {
  const counts: SaveCounts = { ok: 0, conflict: 0, other: 0, versions: new Set() };
  const free = drafts.map((draftId, client) => ({ draftId, client, version: 1, take: 0 }));
  let nextRacer = 0;
  type Slot = (typeof free)[number];
  const result = await autocannon({
    url: baseURL,
    connections: clients,
    duration,
    headers: { "content-type": "application/json", origin: baseURL, cookie: session },
    requests: [
      {
        method: "POST",
        setupRequest(request, context) {
          const slot: Slot | undefined = race ? { draftId: race.draftId, client: nextRacer++, version: race.version, take: 0 } : free.shift();
          if (!slot) throw new Error("bench: more requests in flight than drafts");
          slot.take += 1;
          context.slot = slot;
          const body = { ...contentFor(slot.client, slot.take), baseVersion: slot.version, clientSaveId: randomUUID() };
          return { ...request, path: `/api/drafts/${slot.draftId}/save`, body: JSON.stringify(body) };
        },
        onResponse(status, body, context) {
          const slot = context.slot as Slot;
          let answer: { ok?: boolean; kind?: string; version?: number; current?: { version: number } } = {};
          try {
            answer = JSON.parse(body);
          } catch {
            // counted as other
          }
          let version: number | undefined;
          if (status === 200 && answer.ok && answer.version) {
            counts.ok++;
            counts.versions.add(answer.version);
            version = answer.version;
          } else if (answer.kind === "conflict" && answer.current) {
            counts.conflict++;
            version = answer.current.version; // told: takes the winner's version and tries again
          } else {
            counts.other++;
          }
          if (race) race.version = Math.max(race.version, version ?? 0);
          else free.push({ ...slot, version: version ?? slot.version });
        },
      },
    ],
  });
  return { result, counts };
}

// ── running it ─────────────────────────────────────────────────────────────────────────
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
function line(label: string, figure: Figure, extra = "") {
  console.log(`  ${label.padEnd(44)} ${fmt(figure.perSecond).padStart(6)}/s   p50 ${fmt(figure.p50, 1).padStart(6)} ms   p99 ${fmt(figure.p99, 1).padStart(6)} ms  ${extra}`);
}

async function benchDatabase(kind: Kind, url: string) {
  await resetDatabase(kind, url);
  const raw = kind === "sqlite" ? sqliteRaw(sqliteFile(url)) : postgresRaw(url, 16);
  const [user] = await raw.query(`SELECT "id" FROM "User" WHERE "email" = $1`, [DEMO_CANDIDATE.email]);
  const [question] = await raw.query(`SELECT "id" FROM "Question" ORDER BY "position" LIMIT 1`);
  if (!user || !question) throw new Error("seed did not create the demo user and questions");
  const ownerId = String(user.id);
  const newDrafts = async (count: number, prefix: string) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${prefix}${randomUUID().replace(/-/g, "")}`;
      const now = new Date();
      await raw.query(
        `INSERT INTO "Draft" ("id", "ownerId", "questionId", "title", "situation", "task", "actions", "results", "version", "tags", "adjacent", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, '', $9, $10, $10)`,
        [id, ownerId, question.id, `Bench ${prefix}${i}`, demo.situation, demo.task, demo.actions, demo.results, false, now],
      );
      ids.push(id);
    }
    return ids;
  };
  const rawDrafts = await newDrafts(16, "raw");
  const clientsToRun = [1, 16, 64];

  console.log(`\n${kind === "sqlite" ? "SQLite" : "PostgreSQL"} (${seconds} s per run; load average before: ${loadavg()[0]!.toFixed(1)})`);
  const rawClients = kind === "sqlite" ? 1 : 16; // better-sqlite3 is synchronous: one writer
  const reference = await rawFigure(raw, ownerId, rawDrafts, rawClients, true);
  line(`raw save transaction with scoring, ${rawClients} loop${rawClients > 1 ? "s" : ""}`, reference, "(reference)");
  line(`raw save transaction without scoring, ${rawClients} loop${rawClients > 1 ? "s" : ""}`, await rawFigure(raw, ownerId, rawDrafts, rawClients, false));

  const { child: server, cookie } = await startServer(url, port);
  session = cookie;
  try {
    // Warm-up, not measured: the first requests load and compile the routes.
    const [warm] = await newDrafts(1, "warm");
    await saveLoad([warm!], 1, null, 2);
    await autocannon({ url: `${baseURL}/drafts/${warm}`, connections: 2, amount: 20, headers: { cookie: session } });
    for (const clients of clientsToRun) {
      const drafts = await newDrafts(clients, `c${clients}x`);
      const { result, counts } = await saveLoad(drafts, clients, null);
      const figure = { perSecond: counts.ok / seconds, p50: result.latency.p50, p99: result.latency.p99 };
      line(`app saves, ${clients} client${clients > 1 ? "s" : ""} on own drafts`, figure, `${fmt(figure.perSecond / reference.perSecond, 2)} × raw   (${counts.conflict} conflicts, ${counts.other + result.errors} errors)`);
    }
    const [race] = await newDrafts(1, "race");
    const { result, counts } = await saveLoad([], 16, { draftId: race!, version: 1 });
    const [stored] = await raw.query(`SELECT "version" FROM "Draft" WHERE "id" = $1`, [race]);
    const finalVersion = Number(stored?.version);
    // Every acknowledged version is distinct and stored; versions past the acknowledged ones are
    // saves that committed while autocannon was stopping, whose answers it no longer read (at
    // most one per connection): not acknowledged, so nobody was told they were saved.
    const unread = finalVersion - 1 - counts.versions.size;
    // acknowledged: exactly 2..(final − unread), each to one winner; the unread ones are the last
    const holds = counts.ok === counts.versions.size && unread >= 0 && unread <= 16 && [...counts.versions].every((v) => v >= 2 && v <= finalVersion - unread);
    line("app saves, 16 clients racing one draft", { perSecond: (counts.ok + counts.conflict) / seconds, p50: result.latency.p50, p99: result.latency.p99 },
      `${counts.ok} won, ${counts.conflict} lost and told, ${counts.other + result.errors} errors; every acknowledged version stored and won once (versions 2..${finalVersion}${unread > 0 ? `, ${unread} committed as the run stopped, answer unread` : ""}): ${holds ? "yes" : "NO"}`);

    const [page] = await newDrafts(1, "page");
    const editor = await autocannon({ url: `${baseURL}/drafts/${page}`, connections: 16, duration: seconds, headers: { cookie: session } });
    line("editor page GET /drafts/:id, 16 clients", { perSecond: editor["2xx"] / seconds, p50: editor.latency.p50, p99: editor.latency.p99 }, `(${editor.non2xx + editor.errors} errors)`);
  } finally {
    stopServer(server);
    await raw.close();
  }
}

buildIfMissing();
console.log(`bench:load — production build, autocannon, ${seconds} s per run; node ${process.version}, ${cpus().length} cores`);
await benchDatabase("sqlite", sqliteUrl);
await exitUnlessPostgres(benchPostgresUrl);
await benchDatabase("postgresql", benchPostgresUrl);
