// npm run -s bench:web   (it builds: run it under `flock /tmp/gameday-heavy.lock` on a shared machine)
// Lighthouse (mobile profile, its default) with Debian's Chromium against the production build
// (`next start` on a fresh SQLite database with the demo data, started by scripts/e2e-server.mjs):
// the home page and the editor and history pages of a demo draft as the demo candidate, and the
// review page of that draft as the demo coach, who gets a share of it first through the app's own
// sharing functions. Beside them, a minimal Next.js app (one page, one form) generated into a temp
// folder with this repo's installed next/react, built and started in the same run and measured
// the same way, so each page's first-load JavaScript can be compared with what Next.js alone costs.
// Each page runs BENCH_WEB_RUNS times (3), rounds interleaved; the medians are printed with the
// targets of issue 10. A benchmark, not a test: it prints figures and exits 0 unless it could
// not measure.
// Environment: BENCH_WEB_RUNS (3), BENCH_WEB_PORT (3400; the minimal app gets the next port),
// CHROMIUM_PATH (/usr/bin/chromium), BENCH_WEB_KEEP (a folder for each run's whole Lighthouse report).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";

import { DEMO_CANDIDATE, DEMO_COACH } from "@/lib/auth/demo-accounts";
import { DEMO_DRAFTS } from "@/lib/seed/demo-drafts";
import { moveRevisionsBackInTime } from "@/tests/e2e/database";
import { E2E_AUTH_SECRET, kill, signIn, startE2eServer, waitForHealth, type Server } from "@/tests/e2e/servers";

import { CHROMIUM_ARGS } from "./lib/chromium";
import { bin, buildIfNeeded, quietEnv, root } from "./lib/run.mjs";

const runs = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 3));
const appPort = Number(process.env.BENCH_WEB_PORT ?? 3400);
const minimalPort = appPort + 1;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const databaseUrl = "file:./data/bench-web.db";
// The e2e suite's Chromium flags (scripts/lib/chromium.ts), headless.
const chromeFlags = ["--headless=new", ...CHROMIUM_ARGS].join(" ");

const TARGETS = { performance: 95, accessibility: 100, bestPractices: 95, jsOverMinimalKiB: 50 };

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

// ── the pages ──────────────────────────────────────────────────────────────────────────────
type Page = { label: string; url: string; cookie: string | null };

/**
 * Gives the demo coach a live share of the demo candidate's strong draft, as the app does it: an
 * invite made by the candidate and accepted by the coach (lib/sharing), each actor resolved from
 * the session cookie its own sign-in got (lib/auth), on the bench server's database. Gives the
 * draft a few saved versions too (through the save endpoint, like the editor), so its history
 * page has a chart and a list to show.
 */
async function preparePages(server: Server): Promise<Page[]> {
  const candidateCookie = await signIn(server, DEMO_CANDIDATE);
  const coachCookie = await signIn(server, DEMO_COACH);

  // The app's own modules, on the bench server's database and session secret; imported only now,
  // after the environment names them (lib/env.ts reads it on first use).
  process.env.DATABASE_URL = databaseUrl;
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.BETTER_AUTH_SECRET = E2E_AUTH_SECRET;
  const { getActorFromHeaders } = await import("@/lib/auth/current-actor.server");
  const { draftAccess } = await import("@/lib/drafts/draft-access.server");
  const { createInvite } = await import("@/lib/sharing/create-invite.server");
  const { acceptInvite } = await import("@/lib/sharing/accept-invite.server");
  const { db } = await import("@/lib/db");
  try {
    const candidate = await getActorFromHeaders(new Headers({ cookie: candidateCookie }));
    const coach = await getActorFromHeaders(new Headers({ cookie: coachCookie }));
    if (candidate?.email !== DEMO_CANDIDATE.email || coach?.email !== DEMO_COACH.email) throw new Error("bench: the demo sessions do not resolve to the demo accounts");
    const demo = DEMO_DRAFTS[0]!;
    const draft = await db.draft.findFirst({ where: { ...draftAccess(candidate, "edit"), title: demo.title }, select: { id: true, version: true } });
    if (!draft) throw new Error(`bench: the demo draft "${demo.title}" is missing from the seeded database`);

    let version = draft.version;
    for (let take = 1; take <= 3; take++) {
      const response = await fetch(`${server.baseURL}/api/drafts/${draft.id}/save`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.baseURL, cookie: candidateCookie },
        body: JSON.stringify({ ...demo, results: `${demo.results}\n(Rehearsal ${take}.)`, baseVersion: version, clientSaveId: crypto.randomUUID() }),
      });
      const answer = (await response.json()) as { ok?: boolean; version?: number };
      if (!response.ok || !answer.ok || !answer.version) throw new Error(`bench: saving the demo draft answered ${response.status} ${JSON.stringify(answer)}`);
      version = answer.version;
      // Saves within a couple of minutes fold into one version; these are meant as separate ones.
      await moveRevisionsBackInTime(draft.id);
    }

    const { token } = await createInvite(candidate, draft.id);
    await acceptInvite(coach, token);

    const base = server.baseURL;
    return [
      { label: "/ (home)", url: `${base}/`, cookie: candidateCookie },
      { label: "/drafts/[id] (editor)", url: `${base}/drafts/${draft.id}`, cookie: candidateCookie },
      { label: "/drafts/[id]/history", url: `${base}/drafts/${draft.id}/history`, cookie: candidateCookie },
      { label: "/review/[id] (coach)", url: `${base}/review/${draft.id}`, cookie: coachCookie },
    ];
  } finally {
    await db.$disconnect();
  }
}

// ── the minimal Next.js app ────────────────────────────────────────────────────────────────
// One page with one form (a client component posting to a server action, the smallest shape of
// a form in the App Router), no CSS, no other dependency: what any page of this Next.js version
// ships at least.
const MINIMAL_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "minimal-next-page", private: true, type: "module" }, null, 2),
  "app/layout.jsx": `export const metadata = { title: "Minimal page" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/actions.js": `"use server";
export async function saveNote(_previous, formData) {
  const note = String(formData.get("note") ?? "").trim();
  return { message: note ? "Saved: " + note.slice(0, 80) : "Write a note first." };
}
`,
  "app/note-form.jsx": `"use client";
import { useActionState } from "react";
import { saveNote } from "./actions";
export function NoteForm() {
  const [state, action, pending] = useActionState(saveNote, { message: "" });
  return (
    <form action={action}>
      <label htmlFor="note">Note</label>
      <input id="note" name="note" required />
      <button type="submit" disabled={pending}>Save</button>
      <p role="status">{state.message}</p>
    </form>
  );
}
`,
  "app/page.jsx": `import { NoteForm } from "./note-form";
export default function Page() {
  return (
    <main>
      <h1>Minimal page</h1>
      <NoteForm />
    </main>
  );
}
`,
};

/**
 * Writes the minimal app into a temp folder and builds it. The folder sits in this repo's data/
 * (ignored by git, removed afterwards) so that the app resolves `next` and `react` from this
 * repo's node_modules: Turbopack compiles nothing outside its workspace root (the folder of the
 * nearest lockfile), so a folder under the system's temp dir with a symlinked node_modules fails.
 */
function buildMinimalApp(): string {
  mkdirSync(path.join(root, "data"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "data", "bench-web-minimal-"));
  for (const [file, text] of Object.entries(MINIMAL_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const built = spawnSync(bin("next"), ["build"], { cwd: dir, env: { ...process.env, ...quietEnv }, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`bench: the minimal app did not build (exit ${built.status}):\n${built.stdout}\n${built.stderr}`);
  return dir;
}

async function startMinimalApp(dir: string): Promise<ChildProcess> {
  const child = spawn(bin("next"), ["start", "--port", String(minimalPort), "--hostname", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, ...quietEnv, NODE_ENV: "production" },
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${minimalPort}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("bench: the minimal app did not start");
}

// ── Lighthouse ─────────────────────────────────────────────────────────────────────────────
type Lhr = {
  lighthouseVersion: string;
  runtimeError?: { message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; details?: { items?: Record<string, unknown>[] } }>;
};
type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbt: number;
  lcp: number;
  /** gzip bytes of the scripts' bodies (see scriptGzipBytes), the page's and its workers' */
  js: number;
  /** the part of `js` that Web Workers loaded */
  workerJs: number;
  /** Lighthouse's transfer size of the same scripts (gzip body plus HTTP headers) */
  jsTransfer: number;
  scripts: number;
  failing: string[];
};

const tempDir = mkdtempSync(path.join(tmpdir(), "gameday-bench-web-"));

function lighthouse(page: Page, run: number): Lhr {
  const output = path.join(tempDir, `run-${run}.json`);
  const args = [
    page.url,
    "--output=json",
    `--output-path=${output}`,
    "--only-categories=performance,accessibility,best-practices",
    `--chrome-flags=${chromeFlags}`,
    "--quiet",
  ];
  // The session, on every request of the page (Lighthouse's extraHeaders).
  if (page.cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: page.cookie })}`);
  const result = spawnSync(bin("lighthouse"), args, { env: { ...process.env, CHROME_PATH: chromium }, encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0) throw new Error(`bench: lighthouse failed on ${page.url} (exit ${result.status ?? result.signal}):\n${result.stderr?.slice(-3000)}`);
  const lhr = JSON.parse(readFileSync(output, "utf8")) as Lhr;
  // BENCH_WEB_KEEP=DIR keeps each run's whole Lighthouse report there, to see what the LCP
  // element was and what delayed it (the printed figures are the medians only).
  const keep = process.env.BENCH_WEB_KEEP;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, `${page.label.replace(/[^\w]+/g, "_")}-run${run}.json`), readFileSync(output));
  }
  rmSync(output, { force: true });
  if (lhr.runtimeError) throw new Error(`bench: lighthouse on ${page.url}: ${lhr.runtimeError.message}`);
  return lhr;
}

const gzipCache = new Map<string, number>();
/**
 * The size of a script's body as the server sends it to a browser that accepts gzip (the encoding
 * Next.js compresses with), without the HTTP headers that Lighthouse's transfer size also counts
 * (this app's security headers alone add ~1 KB per file, the minimal app has none).
 * Chunk URLs carry a content hash, so each is measured once.
 */
async function scriptGzipBytes(url: string, cookie: string | null): Promise<number> {
  const known = gzipCache.get(url);
  if (known !== undefined) return known;
  try {
    return await fetchBodyBytes(url, cookie);
  } catch {
    return fetchBodyBytes(url, cookie); // once more: a busy server may drop a connection
  }
}

function fetchBodyBytes(url: string, cookie: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): no reuse of a keep-alive socket the server is closing.
    const request = http.get(url, { agent: false, headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => {
        if (response.statusCode !== 200) return reject(new Error(`bench: ${url} answered ${response.statusCode}`));
        // Next.js leaves bodies under 1 KiB uncompressed: those count as sent.
        const encoding = response.headers["content-encoding"];
        if (encoding !== undefined && encoding !== "gzip") return reject(new Error(`bench: ${url} came ${encoding}-encoded, not gzip`));
        gzipCache.set(url, bytes);
        resolve(bytes);
      });
    });
    request.on("error", reject);
  });
}

async function figuresOf(lhr: Lhr, page: Page): Promise<Figures> {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  type Request = { url: string; resourceType?: string; mimeType?: string; transferSize?: number; statusCode?: number; sessionTargetType?: string };
  const requests = (lhr.audits["network-requests"]?.details?.items ?? []) as Request[];
  // Every script that arrived, once per URL: the page's own, and those its Web Workers import
  // (Lighthouse files a worker's importScripts under "Other"; the editor scores in a worker).
  const scripts = new Map<string, Request>();
  for (const request of requests) {
    const isScript = request.resourceType === "Script" || /javascript/.test(request.mimeType ?? "");
    if (isScript && request.statusCode === 200 && !scripts.has(request.url)) scripts.set(request.url, request);
  }
  let js = 0;
  let workerJs = 0;
  for (const script of scripts.values()) {
    const bytes = await scriptGzipBytes(script.url, page.cookie);
    js += bytes;
    if (script.sessionTargetType === "worker") workerJs += bytes;
  }
  // What keeps the accessibility and best-practices scores below 100: audits that count and failed.
  const failing = ["accessibility", "best-practices"].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]!.title})`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    js,
    workerJs,
    jsTransfer: [...scripts.values()].reduce((sum, script) => sum + (script.transferSize ?? 0), 0),
    scripts: scripts.size,
    failing,
  };
}

// ── printing ───────────────────────────────────────────────────────────────────────────────
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
const load = () => loadavg().map((n) => n.toFixed(1)).join(" / ");

function summarize(all: Figures[]) {
  const of = (key: keyof Omit<Figures, "failing">) => median(all.map((figures) => figures[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    tbt: of("tbt"),
    lcp: of("lcp"),
    js: of("js"),
    workerJs: of("workerJs"),
    jsTransfer: of("jsTransfer"),
    scripts: of("scripts"),
    perRun: all.map((figures) => figures.performance),
    failing: [...new Set(all.flatMap((figures) => figures.failing))],
  };
}

// ── running it ─────────────────────────────────────────────────────────────────────────────
let appServer: Server | undefined;
let minimalServer: ChildProcess | undefined;
let minimalDir: string | undefined;
function cleanUp() {
  kill(appServer);
  if (minimalServer?.pid) {
    try {
      process.kill(-minimalServer.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (minimalDir) rmSync(minimalDir, { recursive: true, force: true });
  rmSync(tempDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  const startLoad = load();
  buildIfNeeded();
  console.log("bench:web: building the minimal Next.js app (one page, one form) in a temp folder…");
  minimalDir = buildMinimalApp();

  appServer = startE2eServer(appPort, databaseUrl, { env: { LOG_LEVEL: "warn" } });
  await waitForHealth(appServer);
  minimalServer = await startMinimalApp(minimalDir);
  const pages: Page[] = [{ label: "minimal Next.js page", url: `http://127.0.0.1:${minimalPort}/`, cookie: null }, ...(await preparePages(appServer))];

  // Warm-up, not measured: each route's first request loads its server code.
  for (const page of pages) {
    const response = await fetch(page.url, { headers: page.cookie ? { cookie: page.cookie } : {} });
    if (response.status !== 200) throw new Error(`bench: ${page.url} answered ${response.status} before the runs`);
  }

  const results = new Map<Page, Figures[]>(pages.map((page) => [page, []]));
  let lighthouseVersion = "";
  const runLoad = load();
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const lhr = lighthouse(page, run);
      lighthouseVersion = lhr.lighthouseVersion;
      const figures = await figuresOf(lhr, page);
      results.get(page)!.push(figures);
      console.log(`  run ${run}/${runs} ${page.label.padEnd(24)} performance ${figures.performance}, TBT ${ms(figures.tbt)}, JS ${kib(figures.js)}`);
    }
  }

  const nextVersion = (JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  // The browser's own word for its version (its user agent is reduced to "156.0.0.0").
  const chromeVersion = spawnSync(chromium, ["--version"], { encoding: "utf8" }).stdout?.trim().split("\n").pop() ?? "?";
  console.log(
    `\nbench:web — Lighthouse ${lighthouseVersion}, mobile profile (its default: simulated slow 4G, 4× CPU slowdown), ${chromeVersion} (${chromium}), headless;` +
      ` production build of Next.js ${nextVersion}; node ${process.version}, ${cpus().length} cores`,
  );
  console.log(`${runs} run${runs > 1 ? "s" : ""} per page, medians. Load average (1/5/15 min): ${startLoad} at start, ${runLoad} when Lighthouse began, ${load()} at the end.`);
  console.log(
    "First-load JS: every script the page loaded during Lighthouse's run, its own and its Web Workers', in gzip bytes as sent (bodies only;" +
      " Next.js sends files under 1 KiB uncompressed). 'in workers': the part loaded by Web Workers, off the main thread." +
      " 'LH transfer': Lighthouse's transfer size of the same files, HTTP headers included.\n",
  );

  const summaries = new Map([...results].map(([page, all]) => [page, summarize(all)]));
  const minimal = summaries.get(pages[0]!)!;
  const jsBudget = minimal.js + TARGETS.jsOverMinimalKiB * 1024;
  const cells = (values: string[]) => values.map((value, i) => (i === 0 ? value.padEnd(24) : value.padStart(i < 4 ? 5 : i < 6 ? 9 : 11))).join(" ");
  const header = cells(["page", "perf", "a11y", "b-p", "TBT", "LCP", "JS gzip", "in workers", "LH transfer", "files"]) + "   vs minimal";
  console.log(header);
  console.log("─".repeat(header.length + 8));
  for (const [page, s] of summaries) {
    const versus = page === pages[0] ? "(the baseline)" : `+${kib(s.js - minimal.js)}, ${(s.js / minimal.js).toFixed(2)} ×`;
    const row = [page.label, String(s.performance), String(s.accessibility), String(s.bestPractices), ms(s.tbt), ms(s.lcp), kib(s.js), kib(s.workerJs), kib(s.jsTransfer), String(s.scripts)];
    console.log(`${cells(row)}   ${versus}`);
  }

  console.log(
    `\nTargets (issue 10): performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS.bestPractices}, first-load JS ≤ minimal + ${TARGETS.jsOverMinimalKiB} KiB = ${kib(jsBudget)}`,
  );
  if (minimal.failing.length) console.log(`  ${pages[0]!.label.padEnd(24)} (the baseline) failing audits: ${minimal.failing.join("; ")}`);
  for (const [page, s] of summaries) {
    if (page === pages[0]) continue;
    const checks = [
      [`performance ${s.performance} (runs: ${s.perRun.join(", ")})`, s.performance >= TARGETS.performance],
      [`accessibility ${s.accessibility}`, s.accessibility >= TARGETS.accessibility],
      [`best practices ${s.bestPractices}`, s.bestPractices >= TARGETS.bestPractices],
      [`first-load JS ${kib(s.js)} (${kib(s.js - s.workerJs)} without workers)`, s.js <= jsBudget],
    ] as const;
    const met = checks.filter(([, ok]) => ok).map(([what]) => what);
    const missed = checks.filter(([, ok]) => !ok).map(([what]) => what);
    console.log(`  ${page.label.padEnd(24)} met: ${met.join("; ") || "none"}${missed.length ? `\n  ${"".padEnd(24)} NOT met: ${missed.join("; ")}` : ""}`);
    for (const audit of s.failing) console.log(`  ${"".padEnd(24)}   failing audit in some run: ${audit}`);
  }
} finally {
  cleanUp();
}
