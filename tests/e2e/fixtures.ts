import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import { test as base, expect, type APIRequestContext, type BrowserContextOptions } from "@playwright/test";

import { DEMO_CANDIDATE } from "@/lib/auth/demo-accounts";

// Every test runs signed in (issue 9 §2): by default as the demo candidate (see signInAs);
// `test.use({ signInAs: "new-candidate" })` gives a test a fresh account of its own, made
// through the real sign-up and sign-in endpoints, and `signInAs: "nobody"` no session at all. A second browser context for the
// same user ("another device") starts from `account.storageState`.
//
// Every page a test opens fails the test on an uncaught exception or an unexpected
// console.error. A test that provokes one on purpose names it with one pattern
// (alternatives joined by |): `test.use({ allowedConsoleErrors: /status of 404/ })`.

export type E2EAccount = { email: string; password: string; name: string; storageState: BrowserContextOptions["storageState"] };

let addressCounter = 0;
/**
 * Each sign-up arrives from its own documentation-range address, so the per-address rate
 * limit (which a busy test run would otherwise trip) is not what the tests measure.
 */
const nextAddress = () => `198.51.100.${(process.pid + addressCounter++) % 250 + 1}`;

export const test = base.extend<
  {
    allowedConsoleErrors: RegExp | null;
    consoleGuard: void;
    signInAs: "new-candidate" | "demo-candidate" | "nobody";
    account: E2EAccount;
  },
  { demoSession: BrowserContextOptions["storageState"] }
>({
  allowedConsoleErrors: [null, { option: true }],
  // The suites written before accounts ran as the one local user, whose drafts the seed makes:
  // by default a test is that user, the demo candidate (signed in once per worker, so the
  // per-account sign-in limit is not spent on the test run).
  signInAs: ["demo-candidate", { option: true }],
  demoSession: [
    async ({ playwright }, provide) => {
      const port = process.env.E2E_PORT ?? 3100;
      const baseURL = `http://127.0.0.1:${port}`;
      // One session for the whole run, shared by every worker through a file: a worker that
      // replaces a failed one must not sign in again, or a run with a few failures spends the
      // demo account's sign-in allowance (429) and fails tests that did nothing wrong.
      const file = path.resolve("data", `e2e-demo-session-${port}.json`);
      const cached = readSession(file);
      if (cached) {
        const probe = await playwright.request.newContext({ baseURL, storageState: cached });
        const live = await isDemoSession(probe);
        await probe.dispose();
        if (live) {
          await provide(cached);
          return;
        }
      }
      const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": nextAddress() } });
      const response = await api.post("/api/auth/sign-in/email", { data: { email: DEMO_CANDIDATE.email, password: DEMO_CANDIDATE.password } });
      expect(response.ok(), `demo sign-in: ${response.status()}`).toBe(true);
      const state = await api.storageState();
      await api.dispose();
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(state));
      renameSync(`${file}.${process.pid}`, file);
      await provide(state);
    },
    { scope: "worker" },
  ],
  account: async ({ playwright, baseURL, signInAs, demoSession }, provide, testInfo) => {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": nextAddress() } });
    try {
      if (signInAs === "nobody") {
        await provide({ email: "", password: "", name: "", storageState: undefined });
        return;
      }
      let account: Omit<E2EAccount, "storageState">;
      if (signInAs === "demo-candidate") {
        await provide({ email: DEMO_CANDIDATE.email, password: DEMO_CANDIDATE.password, name: DEMO_CANDIDATE.name, storageState: demoSession });
        return;
      } else {
        const unique = `${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
        account = { email: `e2e-${unique}@example.test`, password: `e2e-password-${unique}`, name: "E2E Candidate" };
        const response = await api.post("/api/auth/sign-up/email", { data: account });
        expect(response.ok(), `sign-up: ${response.status()}`).toBe(true);
        // Sign-up opens no session (it must look the same for an address that has an account).
        const signIn = await api.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
        expect(signIn.ok(), `sign-in after sign-up: ${signIn.status()}`).toBe(true);
      }
      await provide({ ...account, storageState: await api.storageState() });
    } finally {
      await api.dispose();
    }
  },
  storageState: async ({ account }, provide) => {
    await provide(account.storageState);
  },
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (allowedConsoleErrors?.test(text)) return;
        const where = message.location().url;
        problems.push(`console.error: ${text}${where ? ` (${where})` : ""}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, "the page logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * `test(title, dbIndependent, body)`: a test whose outcome cannot depend on which database the
 * server runs on (a layout, print CSS, an accessibility scan, scoring in the browser). CI's
 * PostgreSQL run skips it (playwright.config.ts); the SQLite run keeps it.
 */
export const dbIndependent = { tag: "@db-independent" };

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

function readSession(file: string): StorageState | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as StorageState;
  } catch {
    return null;
  }
}

/** Whether a saved session is still the demo candidate's on this server (a new run's database has none of the old ones). */
async function isDemoSession(api: APIRequestContext): Promise<boolean> {
  const response = await api.get("/api/auth/get-session");
  if (!response.ok()) return false;
  const body = (await response.json().catch(() => null)) as { user?: { email?: string } } | null;
  return body?.user?.email === DEMO_CANDIDATE.email;
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
