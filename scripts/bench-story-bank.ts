// npm run -s bench:story-bank
// The story bank at 10,000 drafts for one user (issue 10), on the production build (`next start`)
// over HTTP, on SQLite and (when reachable) on PostgreSQL: p50/p95 of GET /drafts for the first
// page, a deep page (after the 9,000th story), a search that matches ~3 %, a search that matches
// nothing (the worst case: every draft's searchText is scanned) and a tag filter. As the
// reference, in the same run, the page's own keyset SELECT straight through better-sqlite3 / pg;
// each figure is printed with its ratio to that reference. Requests are sequential (one client),
// so the figures are latencies, not throughput.
// Environment: BENCH_REQUESTS (100 per figure), BENCH_PORT (3301), BENCH_DRAFTS (10000),
// BENCH_DATABASE_URL (PostgreSQL, default postgresql://gameday:gameday@127.0.0.1:5432/gameday_bench;
// its public schema is dropped and recreated).
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";

import { DEMO_CANDIDATE } from "../lib/auth/demo-accounts";
import { draftSearchText } from "../lib/drafts/search-text";
import { DEMO_DRAFTS } from "../lib/seed/demo-drafts";
import { benchPostgresUrl, buildIfMissing, exitUnlessPostgres, postgresRaw, resetDatabase, sqliteFile, sqliteRaw, startServer, stopServer, type Kind, type Raw } from "./lib/bench";

const requests = Number(process.env.BENCH_REQUESTS ?? 100);
const draftCount = Number(process.env.BENCH_DRAFTS ?? 10_000);
const port = Number(process.env.BENCH_PORT ?? 3301);
const baseURL = `http://127.0.0.1:${port}`;
const sqliteUrl = "file:./data/bench/story-bank.db";
const PAGE = 25; // STORY_BANK_PAGE_SIZE

const TAGS = ["postgres", "kafka", "on-call", "cache", "backups", "networking", "k8s", "dns", "capacity", "security", "migrations", "wal_archive"];

/**
 * `draftCount` drafts for the demo candidate: the demo texts (~1.5 KB of sections each), 0–3
 * tags, one edit a minute apart with every tenth pair sharing a time, 3 % mentioning
 * "Réplication", 5 % archived. Inserted in batches, searchText computed as the app does.
 */
async function seedDrafts(kind: Kind, raw: Raw, ownerId: string, questionIds: string[]) {
  const start = Date.UTC(2026, 0, 1);
  const columns = ["id", "ownerId", "questionId", "title", "situation", "task", "actions", "results", "tags", "searchText", "archivedAt", "createdAt", "updatedAt"];
  const batch = 200;
  if (kind === "sqlite") await raw.query("BEGIN");
  for (let from = 0; from < draftCount; from += batch) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = from; i < Math.min(from + batch, draftCount); i++) {
      const demo = DEMO_DRAFTS[i % DEMO_DRAFTS.length]!;
      const tags = TAGS.filter((_, t) => (i * 7 + t * 13) % 11 === 0).slice(0, 3).join(",");
      const situation = i % 33 === 0 ? `${demo.situation} Réplication lag on the primary.` : demo.situation;
      const text = { title: `Story ${i}: ${demo.title}`, situation, task: demo.task, actions: demo.actions, results: demo.results, tags };
      const at = new Date(start + (i - (i % 10 === 1 ? 1 : 0)) * 60_000);
      const row = [`bench${randomUUID().replace(/-/g, "")}`, ownerId, questionIds[i % questionIds.length], ...Object.values(text).slice(0, 5), tags, draftSearchText(text), i % 20 === 0 ? at : null, at, at];
      tuples.push(`(${row.map((_, c) => `$${values.length + c + 1}`).join(", ")})`);
      values.push(...row);
    }
    await raw.query(`INSERT INTO "Draft" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
  }
  if (kind === "sqlite") await raw.query("COMMIT");
  if (kind === "postgresql") await raw.query(`ANALYZE "Draft"`);
  else await raw.query("ANALYZE");
}

type Figure = { p50: number; p95: number };
async function measure(work: () => Promise<void>): Promise<Figure> {
  for (let i = 0; i < 5; i++) await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
function line(label: string, figure: Figure, reference?: Figure) {
  const ratio = reference ? `   ${fmt(figure.p50 / reference.p50, 0).padStart(4)} × raw p50` : "";
  console.log(`  ${label.padEnd(50)} p50 ${fmt(figure.p50).padStart(7)} ms   p95 ${fmt(figure.p95).padStart(7)} ms${ratio}`);
}

async function bench(kind: Kind, url: string) {
  await resetDatabase(kind, url);
  const raw = kind === "sqlite" ? sqliteRaw(sqliteFile(url)) : postgresRaw(url, 4);
  const [user] = await raw.query(`SELECT "id" FROM "User" WHERE "email" = $1`, [DEMO_CANDIDATE.email]);
  const questions = await raw.query(`SELECT "id" FROM "Question" ORDER BY "position"`);
  if (!user || questions.length === 0) throw new Error("seed did not create the demo user and questions");
  const ownerId = String(user.id);
  const seeded = performance.now();
  await seedDrafts(kind, raw, ownerId, questions.map((q) => String(q.id)));
  const [{ n } = { n: 0 }] = await raw.query(`SELECT COUNT(*) AS n FROM "Draft" WHERE "ownerId" = $1`, [ownerId]);
  console.log(`\n${kind === "sqlite" ? "SQLite" : "PostgreSQL"}: ${n} drafts for the demo candidate (seeded in ${fmt((performance.now() - seeded) / 1000)} s); ${requests} sequential requests per figure; load average ${loadavg()[0]!.toFixed(1)}`);

  // The deep page starts after the 9,000th story (or 90 % in) of the active list.
  const [edge] = await raw.query(
    `SELECT "id", "updatedAt" FROM "Draft" WHERE "ownerId" = $1 AND "deletedAt" IS NULL AND "archivedAt" IS NULL ORDER BY "updatedAt" DESC, "id" DESC LIMIT 1 OFFSET $2`,
    [ownerId, Math.floor(Number(n) * 0.9)],
  );
  const edgeTime = new Date(String(kind === "sqlite" ? edge!.updatedAt : (edge!.updatedAt as Date).toISOString()));
  const cursor = `${edgeTime.getTime()}.${String(edge!.id)}`;

  const select = `SELECT d."id", d."title", d."score", d."updatedAt", d."tags", q."id" AS "questionId", q."title" AS "questionTitle" FROM "Draft" d JOIN "Question" q ON q."id" = d."questionId"`;
  const live = `d."ownerId" = $1 AND d."deletedAt" IS NULL AND d."archivedAt" IS NULL`;
  const order = `ORDER BY d."updatedAt" DESC, d."id" DESC LIMIT ${PAGE}`;
  const cases: Array<{ label: string; path: string; sql: string; params: unknown[] }> = [
    { label: "first page", path: "/drafts", sql: `${select} WHERE ${live} ${order}`, params: [ownerId] },
    {
      label: "deep page (after 90 %)",
      path: `/drafts?after=${cursor}`,
      sql: `${select} WHERE ${live} AND (d."updatedAt" < $2 OR (d."updatedAt" = $2 AND d."id" < $3)) ${order}`,
      params: [ownerId, edgeTime, String(edge!.id)],
    },
    { label: "search 'REPLICATION' (~3 % match)", path: "/drafts?q=REPLICATION", sql: `${select} WHERE ${live} AND d."searchText" LIKE $2 ${order}`, params: [ownerId, "%replication%"] },
    { label: "search with no match (scans all)", path: "/drafts?q=zzqxv", sql: `${select} WHERE ${live} AND d."searchText" LIKE $2 ${order}`, params: [ownerId, "%zzqxv%"] },
    {
      label: "tag filter 'kafka'",
      path: "/drafts?tag=kafka",
      sql: `${select} WHERE ${live} AND (d."tags" = $2 OR d."tags" LIKE $3 OR d."tags" LIKE $4 OR d."tags" LIKE $5) ${order}`,
      params: [ownerId, "kafka", "kafka,%", "%,kafka", "%,kafka,%"],
    },
  ];

  const { child, cookie } = await startServer(url, port);
  try {
    for (const c of cases) {
      const rows = await raw.query(c.sql, c.params);
      const reference = await measure(async () => void (await raw.query(c.sql, c.params)));
      let status = 0;
      let shown = "";
      const app = await measure(async () => {
        const response = await fetch(`${baseURL}${c.path}`, { headers: { cookie } });
        const html = await response.text();
        status = response.status;
        shown = /Showing [^<]*|No stories match[^<]*|\d+ matching [^<]*on this page[^<]*/.exec(html)?.[0] ?? "?";
      });
      if (status !== 200) throw new Error(`${c.path} answered ${status}`);
      console.log(`  ${c.label}: ${shown.replace(/<!-- -->/g, "")} (raw query: ${rows.length} rows)`);
      line(`  raw keyset SELECT (reference)`, reference);
      line(`  app GET ${c.path.length > 40 ? `${c.path.slice(0, 37)}…` : c.path}`, app, reference);
    }
  } finally {
    stopServer(child);
    await raw.close();
  }
}

buildIfMissing();
console.log(`bench:story-bank — production build, GET /drafts as the demo candidate; node ${process.version}, ${cpus().length} cores`);
await bench("sqlite", sqliteUrl);
await exitUnlessPostgres(benchPostgresUrl);
await bench("postgresql", benchPostgresUrl);
