// Small helpers shared by the command-line entry points (start, e2e, test).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

export const quietEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/**
 * Where `npm start` listens: PORT (default 3000) on HOST, which defaults to 127.0.0.1 so a
 * laptop on a café network does not serve its drafts to the room (issue 9 §4).
 */
export function listenAddress(env) {
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = env.PORT?.trim() || "3000";
  return { host, port, keepAlive: keepAliveMs(env) };
}

/**
 * How long `next start` keeps an idle keep-alive connection open (`--keepAliveTimeout`), from
 * KEEP_ALIVE_MS. Node's own default is 5 s; a load balancer or client that reuses a connection
 * the server is just closing gets a reset (a 502 at the balancer, ECONNRESET in a test), so the
 * server must wait longer than whatever sits in front of it (AWS ALB: 60 s idle). Default 65 s.
 */
export const DEFAULT_KEEP_ALIVE_MS = 65_000;
export function keepAliveMs(env) {
  const raw = env.KEEP_ALIVE_MS?.trim();
  if (!raw) return String(DEFAULT_KEEP_ALIVE_MS);
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms < 1_000 || ms > 3_600_000) {
    throw new Error(`KEEP_ALIVE_MS must be a whole number of milliseconds from 1000 to 3600000 (it is "${raw}").`);
  }
  return String(ms);
}

/** Runs a command to completion with inherited output; exits the process if it fails. */
export function mustRun(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...quietEnv, ...options.env },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Starts a long-running child, forwards termination signals to it, and mirrors its exit. */
export function handOver(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...quietEnv, ...options.env },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation-client.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds the production bundle unless .next holds a build newer than every source file. */
export function buildIfNeeded() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (built > newestSource) {
    console.log("build: the production build is up to date");
    return;
  }
  console.log("build: building the app for production (next build)…");
  mustRun(bin("next"), ["build"]);
}
