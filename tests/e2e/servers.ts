import { spawn, type ChildProcess } from "node:child_process";

import type { BrowserContextOptions } from "@playwright/test";

import { DEMO_CANDIDATE } from "@/lib/auth/demo-accounts";
import { DEFAULT_KEEP_ALIVE_MS } from "../../scripts/lib/run.mjs";

// Extra servers some e2e tests start beside Playwright's own (same production build):
// on their own port, own database, in their own process group so a kill reaches next-server.
// Every one of them (and Playwright's own, see playwright.config.ts) signs sessions with the
// same secret, so a session made on one is good on another that shares its database, and a
// server whose database is down still gets as far as looking the session up.

/** The session secret of every e2e server (never used outside tests). */
export const E2E_AUTH_SECRET = process.env.BETTER_AUTH_SECRET || "e2e-only-secret-0123456789abcdef0123456789abcdef";

/** A port for this test worker, `offset` above the e2e server's port (E2E_PORT, default 3100). */
export function workerPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset + Number(process.env.TEST_WORKER_INDEX ?? 0);
}

export type Server = { process: ChildProcess; baseURL: string; output: () => string };

/**
 * `scripts/e2e-server.mjs` on `port`: migrates and seeds `databaseUrl` (emptied first unless
 * `keep`), then `next start`. Its stdout (the JSON log) is kept for tests that read it.
 */
export function startE2eServer(port: number, databaseUrl: string, options: { keep?: boolean; env?: Record<string, string> } = {}): Server {
  return spawnServer("node", ["scripts/e2e-server.mjs"], port, {
    E2E_PORT: String(port),
    E2E_DATABASE_URL: databaseUrl,
    E2E_KEEP_DATABASE: options.keep ? "1" : "0",
    BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
    LOG_LEVEL: "info",
    ...options.env,
  });
}

/** `next start` alone, on whatever DATABASE_URL says (no migration, no seed). */
export function startNextServer(port: number, databaseUrl: string): Server {
  // the keep-alive `npm start` uses
  return spawnServer("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1", "--keepAliveTimeout", String(DEFAULT_KEEP_ALIVE_MS)], port, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port), // the port better-auth trusts as an origin and the Host allowlist answers on
    BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
  });
}

function spawnServer(command: string, args: string[], port: number, env: Record<string, string>): Server {
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, baseURL: `http://127.0.0.1:${port}`, output: () => output };
}

/** Waits until the server answers /api/health at all, and returns that status. */
export async function waitForAnswer(server: Server): Promise<number> {
  for (let i = 0; i < 240; i++) {
    try {
      return (await fetch(`${server.baseURL}/api/health`)).status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server at ${server.baseURL} never answered:\n${server.output().slice(-2000)}`);
}

/** Waits until /api/health says 200. */
export async function waitForHealth(server: Server): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if ((await waitForAnswer(server)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${server.baseURL} never became healthy:\n${server.output().slice(-2000)}`);
}

export function kill(server: Server | undefined): void {
  if (server?.process.pid) {
    try {
      process.kill(-server.process.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

let addressCounter = 0;

/**
 * Signs in on `server` (the demo candidate unless told otherwise) through the real endpoint and
 * returns the session as a Cookie header value. Each call comes from its own documentation-range
 * address, so the per-address limit is not what a test measures.
 */
export async function signIn(server: Server, account: { email: string; password: string } = DEMO_CANDIDATE): Promise<string> {
  const response = await fetch(`${server.baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseURL, "x-forwarded-for": `203.0.113.${(process.pid + addressCounter++) % 250 + 1}` },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`sign-in at ${server.baseURL}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .filter((pair) => pair.includes("session_token="))
    .join("; ");
  if (!cookie) throw new Error(`sign-in at ${server.baseURL} set no session cookie`);
  return cookie;
}

/** The Cookie header value of a Playwright storage state (the `account` fixture's session). */
export function cookieHeader(storageState: BrowserContextOptions["storageState"]): string {
  if (!storageState || typeof storageState === "string") throw new Error("no session in this storage state");
  return storageState.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Browser cookies for a Cookie header value, for `context.addCookies` on `server`. */
export function browserCookies(server: Server, cookie: string): { name: string; value: string; url: string }[] {
  return cookie.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.baseURL };
  });
}
