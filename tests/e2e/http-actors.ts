import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";

import { ACCESS_ROLES } from "../access-roles";
import { queryE2E, shiftDate } from "./database";

type Playwright = PlaywrightWorkerArgs["playwright"];

// Helpers for driving the built app over plain HTTP as several people at once
// (tests/e2e/authz-matrix.spec.ts, tests/e2e/hostile-text.spec.ts).
//
// Server actions over HTTP: a server action is a POST to a page that uses it, with the
// header `Next-Action: <id>` and its arguments as a JSON array in the body; that is what the
// browser sends, and what anyone can send without a browser, so it is what the matrix drives.
// The id comes from the build's own manifest (.next/server/server-reference-manifest.json:
// id -> { exportedName, filename, workers }), read by export name, so nothing here hard-codes
// an id and a rebuilt app just works. The answer is the React Server Components stream: row
// `1:` holds the action's ActionResult; a redirect (sign-in, or the action's own `after`)
// comes back as the `x-action-redirect` header.

/** The database matrix's cast (tests/access-roles.ts), and someone without a session. */
export const ROLES = ["anonymous", ...ACCESS_ROLES] as const;
export type HttpRole = (typeof ROLES)[number];

type ManifestEntry = { exportedName?: string; filename?: string; workers: Record<string, unknown> };
let manifest: Record<string, ManifestEntry> | null = null;

function actionEntry(name: string): { id: string; pages: string[] } {
  manifest ??= (JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> }).node;
  const found = Object.entries(manifest).filter(([, entry]) => entry.exportedName === name);
  if (found.length !== 1) throw new Error(`server action ${name}: ${found.length} entries in the build's manifest (is the build current?)`);
  const [id, entry] = found[0]!;
  return { id, pages: Object.keys(entry.workers) };
}

/** What a server action answered: its result, or where it redirected. */
export type ActionAnswer = { status: number; redirect: string | null; result: { ok: boolean; code?: string; message?: string | null; data?: unknown } | null };

/**
 * Calls the server action exported as `name` the way the browser does. `form` actions
 * (defineFormAction: `(previous, formData)`) get `[null, input]`, others `[input]`; a plain
 * object is what the action wrapper accepts in place of form data. `params` fill the page
 * path's dynamic segments ([id], [token]).
 */
export async function callAction(
  api: APIRequestContext,
  name: string,
  input: unknown,
  options: { form?: boolean; params?: Record<string, string>; rawBody?: string } = {},
): Promise<ActionAnswer> {
  const { id, pages } = actionEntry(name);
  const page = pages.find((p) => !p.includes("[")) ?? pages[0]!;
  const pagePath =
    page
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\[(\w+)\]/g, (_m, key: string) => options.params?.[key] ?? "x") || "/";
  const response = await api.post(pagePath, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    data: options.rawBody ?? JSON.stringify(options.form ? [null, input] : [input]),
    maxRedirects: 0,
  });
  return readAnswer(response);
}

async function readAnswer(response: APIResponse): Promise<ActionAnswer> {
  const redirectHeader = response.headers()["x-action-redirect"];
  const redirect = redirectHeader ? redirectHeader.split(";")[0]! : null;
  const text = await response.text();
  const row = /^1:(.*)$/m.exec(text)?.[1];
  let result: ActionAnswer["result"] = null;
  if (row && !redirect) {
    try {
      result = JSON.parse(row) as ActionAnswer["result"];
    } catch {
      result = null;
    }
  }
  return { status: response.status(), redirect, result };
}

/** An action's outcome as the matrix writes it: "ok", the error code, or "→/path" for a redirect. */
export function actionOutcome(answer: ActionAnswer): string {
  if (answer.redirect) return `→${answer.redirect.replace(/\?.*$/, "")}`;
  if (answer.result) return answer.result.ok ? "ok" : String(answer.result.code);
  return `HTTP ${answer.status}`;
}

/** A page or route's outcome: its status, or "→/path" for a redirect (query left off). */
export async function pageOutcome(api: APIRequestContext, url: string, options: { method?: "GET" | "POST"; data?: unknown } = {}) {
  const response = options.method === "POST" ? await api.post(url, { data: options.data, maxRedirects: 0 }) : await api.get(url, { maxRedirects: 0 });
  const location = response.headers()["location"];
  const outcome = response.status() >= 300 && response.status() < 400 && location ? `→${new URL(location, "http://x").pathname}` : String(response.status());
  return { outcome, response, body: await response.text() };
}

let addressCounter = 0;
/** Each account's requests come from their own documentation-range address (per-address rate limits). */
const nextAddress = () => `203.0.113.${((process.pid * 7 + addressCounter++) % 250) + 1}`;

export type HttpAccount = { api: APIRequestContext; userId: string; email: string; name: string };

/** A fresh account, signed up and signed in through better-auth's endpoints; `coach` sets the role as an operator would. */
export async function signUpOverHttp(playwright: Playwright, baseURL: string, name: string, options: { coach?: boolean } = {}): Promise<HttpAccount> {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": nextAddress() } });
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e-authz-${unique}@example.test`;
  const password = `e2e-authz-${unique}`;
  const signedUp = await api.post("/api/auth/sign-up/email", { data: { email, password, name } });
  expect(signedUp.ok(), `sign-up: ${signedUp.status()}`).toBe(true);
  const signedIn = await api.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(signedIn.ok(), `sign-in: ${signedIn.status()}`).toBe(true);
  const session = (await (await api.get("/api/auth/get-session")).json()) as { user: { id: string } };
  if (options.coach) await queryE2E(`UPDATE "User" SET role = 'coach' WHERE id = ?`, [session.user.id]);
  return { api, userId: session.user.id, email, name };
}

/** A context with no session (same origin headers as a browser tab of the app). */
export function anonymousContext(playwright: Playwright, baseURL: string) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": nextAddress() } });
}

/** Makes a draft as `account` through the app itself (the create action, then one save). */
export async function createDraftOverHttp(account: HttpAccount, content: { title: string; situation: string; tags?: string }): Promise<string> {
  const [question] = await queryE2E<{ id: string }>(`SELECT id FROM "Question" ORDER BY id LIMIT 1`);
  const created = await callAction(account.api, "createDraftAction", { questionId: question!.id }, { form: true });
  const draftId = /^\/drafts\/([^/?]+)$/.exec(created.redirect ?? "")?.[1];
  if (!draftId) throw new Error(`createDraftAction answered ${JSON.stringify(created)}`);
  const saved = await account.api.post(`/api/drafts/${draftId}/save`, {
    data: { title: content.title, situation: content.situation, task: "", actions: "", results: "", baseVersion: 1, clientSaveId: crypto.randomUUID() },
  });
  expect(saved.status(), "first save").toBe(200);
  if (content.tags) expect((await callAction(account.api, "updateTagsAction", { draftId, tags: content.tags }, { form: true })).result?.ok).toBe(true);
  return draftId;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The HTTP twin of tests/db-utils.ts createAccessScenario: the same cast, made through the app. */
export type HttpCast = {
  as: Record<HttpRole, APIRequestContext>;
  accounts: Record<Exclude<HttpRole, "anonymous">, HttpAccount>;
  draftId: string;
  title: string;
  questionId: string;
  otherDraftId: string;
  revisionId: string;
  liveShareId: string;
  pendingInviteId: string;
  tokenOf: (role: HttpRole) => string;
  dispose: () => Promise<void>;
};

export async function buildHttpCast(playwright: Playwright, baseURL: string, title: string): Promise<HttpCast> {
  const sign = (name: string, coach = false) => signUpOverHttp(playwright, baseURL, name, { coach });
  const accounts = {
    owner: await sign("Owner"),
    otherCandidate: await sign("Other candidate"),
    liveCoach: await sign("Live coach", true),
    revokedCoach: await sign("Revoked coach", true),
    otherDraftCoach: await sign("Coach of another draft", true),
    expiredInviteCoach: await sign("Coach with an expired link", true),
    usedInviteCoach: await sign("Coach with a used link", true),
  };
  const anonymous = await anonymousContext(playwright, baseURL);
  const { owner } = accounts;
  const draftId = await createDraftOverHttp(owner, { title, situation: "I owned the ledger's PostgreSQL cluster; p99 writes under 20 ms.", tags: "postgres" });
  const otherDraftId = await createDraftOverHttp(owner, { title: `Another story ${Math.random().toString(36).slice(2, 8)}`, situation: "A cache stampede." });
  await createDraftOverHttp(accounts.otherCandidate, { title: `Someone else's story ${Math.random().toString(36).slice(2, 8)}`, situation: "Theirs." });
  expect((await callAction(owner.api, "saveDrillAnswerAction", { draftId, promptId: "probe:slo", answer: "p99 under 20 ms." })).result?.ok).toBe(true);
  expect((await callAction(owner.api, "recordRehearsalAction", { draftId, seconds: 150 }, { form: true })).result?.ok).toBe(true);

  const invite = async (forDraft: string) => {
    const answer = await callAction(owner.api, "createInviteAction", { draftId: forDraft });
    const data = answer.result?.data as { inviteId: string; token: string } | undefined;
    if (!data) throw new Error(`createInviteAction answered ${JSON.stringify(answer)}`);
    return data;
  };
  const accept = async (account: HttpAccount, token: string) =>
    expect((await callAction(account.api, "acceptInviteAction", { token }, { form: true })).redirect).toMatch(/^\/review\//);
  const shareOf = async (coach: HttpAccount) =>
    (await queryE2E<{ id: string }>(`SELECT id FROM "DraftShare" WHERE "draftId" = ? AND "coachId" = ?`, [draftId, coach.userId]))[0]!.id;

  const used = await invite(draftId);
  await accept(accounts.liveCoach, used.token);
  const revoked = await invite(draftId);
  await accept(accounts.revokedCoach, revoked.token);
  expect((await callAction(owner.api, "revokeShareAction", { draftId, shareId: await shareOf(accounts.revokedCoach) })).result?.ok).toBe(true);
  await accept(accounts.otherDraftCoach, (await invite(otherDraftId)).token);
  const expired = await invite(draftId);
  await shiftDate("DraftInvite", "expiresAt", expired.inviteId, -8 * DAY_MS);
  const pending = await invite(draftId);
  const [revision] = await queryE2E<{ id: string }>(`SELECT id FROM "DraftRevision" WHERE "draftId" = ? ORDER BY version LIMIT 1`, [draftId]);

  const as = { anonymous, ...Object.fromEntries(Object.entries(accounts).map(([role, account]) => [role, account.api])) } as Record<HttpRole, APIRequestContext>;
  const [question] = await queryE2E<{ id: string }>(`SELECT id FROM "Question" ORDER BY id LIMIT 1`);
  return {
    as,
    accounts,
    draftId,
    title,
    questionId: question!.id,
    otherDraftId,
    revisionId: revision!.id,
    liveShareId: await shareOf(accounts.liveCoach),
    pendingInviteId: pending.inviteId,
    tokenOf: (role) => (role === "expiredInviteCoach" ? expired.token : role === "usedInviteCoach" ? used.token : pending.token),
    dispose: async () => {
      await Promise.all(Object.values(as).map((api) => api.dispose()));
    },
  };
}

/**
 * Everything stored about the cast's drafts, read as the owner through the app's own
 * "download my data" (drafts, versions, drill answers, runs) plus the draft's shares and
 * invites, for "a refused call changed nothing".
 */
export async function snapshotOverHttp(cast: HttpCast): Promise<string> {
  const exported = (await (await cast.accounts.owner.api.get("/account/export")).json()) as { exportedAt?: string };
  delete exported.exportedAt;
  const shares = await queryE2E(`SELECT * FROM "DraftShare" WHERE "draftId" IN (?, ?) ORDER BY id`, [cast.draftId, cast.otherDraftId]);
  const invites = await queryE2E(`SELECT * FROM "DraftInvite" WHERE "draftId" IN (?, ?) ORDER BY id`, [cast.draftId, cast.otherDraftId]);
  const users = await queryE2E(`SELECT * FROM "User" WHERE id IN (${Object.keys(cast.accounts).map(() => "?").join(", ")}) ORDER BY id`, Object.values(cast.accounts).map((a) => a.userId));
  // Review comments and grades (decisions 008, 009), and the "seen" marks the comment pages keep.
  const drafts = [cast.draftId, cast.otherDraftId];
  const threads = await queryE2E(`SELECT * FROM "CommentThread" WHERE "draftId" IN (?, ?) ORDER BY id`, drafts);
  const comments = await queryE2E(`SELECT c.* FROM "Comment" c JOIN "CommentThread" t ON t.id = c."threadId" WHERE t."draftId" IN (?, ?) ORDER BY c.id`, drafts);
  const grades = await queryE2E(`SELECT * FROM "DraftGrade" WHERE "draftId" IN (?, ?) ORDER BY id`, drafts);
  const visits = await queryE2E(`SELECT * FROM "DraftVisit" WHERE "draftId" IN (?, ?) ORDER BY id`, drafts);
  return JSON.stringify({ exported, shares, invites, users, threads, comments, grades, visits });
}
