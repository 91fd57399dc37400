// npm run -s profile:save
// Where one autosave's time goes, in-process (no HTTP, no Next.js): the session lookup
// (better-auth, as the save route does it), the save itself (lib/drafts/save-draft.server.ts)
// and the statements Prisma sent for each, one client saving its own draft back to back.
// Run it against a scratch database: DATABASE_URL (default file:./data/profile/profile.db,
// recreated; a PostgreSQL URL's database is emptied and migrated).
// Environment: PROFILE_SAVES (300).
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";

import { resetDatabase } from "./lib/bench";

process.env.DATABASE_URL ||= "file:./data/profile/profile.db";
process.env.BETTER_AUTH_SECRET ||= "profile-only-secret-0123456789abcdef0123456789abcdef";
const url = process.env.DATABASE_URL;
const saves = Number(process.env.PROFILE_SAVES ?? 300);

await resetDatabase(url.startsWith("file:") ? "sqlite" : "postgresql", url);

const { db } = await import("@/lib/db");
const { auth } = await import("@/lib/auth/auth.server");
const { getActorFromHeaders } = await import("@/lib/auth/current-actor.server");
const { saveDraft } = await import("@/lib/drafts/save-draft.server");
const { scoreSections } = await import("@/lib/drafts/score-sections");
const { DEMO_CANDIDATE } = await import("@/lib/auth/demo-accounts");
const { DEMO_DRAFTS } = await import("@/lib/seed/demo-drafts");

let statements: string[] = [];
(db as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (e) => statements.push(e.query));

const signedIn = await auth.api.signInEmail({ body: { email: DEMO_CANDIDATE.email, password: DEMO_CANDIDATE.password }, asResponse: true });
const headers = new Headers({ cookie: signedIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ") });
const actor = await getActorFromHeaders(headers);
if (!actor) throw new Error("profile: no session");
const question = await db.question.findFirstOrThrow({ orderBy: { position: "asc" } });
const demo = DEMO_DRAFTS[0]!;
const draft = await db.draft.create({ data: { ownerId: actor.userId, questionId: question.id, title: "Profile", ...pick(demo) } });

function pick(d: typeof demo) {
  return { situation: d.situation, task: d.task, actions: d.actions, results: d.results };
}

const timings = { session: [] as number[], save: [] as number[], score: [] as number[] };
let sessionStatements: string[] = [];
let saveStatements: string[] = [];
let version = draft.version;
for (let take = 0; take < saves + 20; take++) {
  const content = { ...pick(demo), title: "Profile", situation: `${demo.situation} (take ${take})` };
  statements = [];
  let start = performance.now();
  await getActorFromHeaders(headers);
  const session = performance.now() - start;
  sessionStatements = statements;
  statements = [];
  start = performance.now();
  const result = await saveDraft(actor, { ...content, draftId: draft.id, baseVersion: version, clientSaveId: randomUUID() });
  const save = performance.now() - start;
  saveStatements = statements;
  if (result.status !== "saved") throw new Error("profile: a save lost a race it is alone in");
  version = result.version;
  start = performance.now();
  scoreSections(content, question.profile);
  const score = performance.now() - start;
  if (take >= 20) {
    timings.session.push(session);
    timings.save.push(save);
    timings.score.push(score);
  }
}
await db.$disconnect();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)]!;
const row = (label: string, xs: number[]) => console.log(`  ${label.padEnd(34)} p50 ${median(xs).toFixed(2).padStart(6)} ms   p99 ${p99(xs).toFixed(2).padStart(6)} ms`);
console.log(`profile:save — ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}, ${saves} saves in-process, load average ${loadavg()[0]!.toFixed(1)}`);
row("session lookup (better-auth)", timings.session);
row("saveDraft (reads, score, write)", timings.save);
row("  of it: scoring alone", timings.score);
console.log(`  statements per session lookup: ${sessionStatements.length}`);
for (const s of sessionStatements) console.log(`    ${s.replace(/\s+/g, " ").slice(0, 150)}`);
console.log(`  statements per save: ${saveStatements.length}`);
for (const s of saveStatements) console.log(`    ${s.replace(/\s+/g, " ").slice(0, 150)}`);
