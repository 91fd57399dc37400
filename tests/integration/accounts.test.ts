import { describe, expect, it, vi } from "vitest";

import { deleteAccount } from "@/lib/account/delete-account.server";
import { exportMyData } from "@/lib/account/export-my-data.server";
import { auth } from "@/lib/auth/auth.server";
import { getActorFromHeaders } from "@/lib/auth/current-actor.server";
import { consumeSignInBudget, SIGN_IN_BUDGET } from "@/lib/auth/sign-in-budget.server";
import { db } from "@/lib/db";

import { createSignedInUser, createTestDraft } from "../db-utils";

// Accounts through better-auth on the real database (issue 9 §2).

const headersWith = (cookie: string) => new Headers({ cookie });

describe("accounts", () => {
  it("stores a scrypt hash, never the password, and a session the cookie resolves to", async () => {
    const { user, cookie, password } = await createSignedInUser();
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).not.toContain(password);
    // better-auth's scrypt format: salt:key in hex.
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const actor = await getActorFromHeaders(headersWith(cookie));
    expect(actor).toEqual({ userId: user.id, name: user.name, email: user.email, role: "candidate" });
    expect(await getActorFromHeaders(headersWith("gameday.session_token=forged.value"))).toBeNull();
  });

  it("answers a wrong password and an unknown e-mail with the same error", async () => {
    const { user } = await createSignedInUser();
    const attempt = (email: string, password: string) =>
      auth.api.signInEmail({ body: { email, password }, asResponse: true }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const wrongPassword = await attempt(user.email, "not-the-password");
    const noAccount = await attempt(`nobody-${user.id}@example.test`, "not-the-password");
    expect(wrongPassword.status).toBe(401);
    expect(noAccount).toEqual(wrongPassword);
  });

  it("answers a sign-up for an address that has an account exactly like a new one, with no session either way, and mails the owner", async () => {
    const { user, password } = await createSignedInUser();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const signUp = async (email: string) => {
        const response = await auth.api.signUpEmail({ body: { email, password: "someone-elses-password", name: "Probe" }, asResponse: true });
        const body = (await response.json()) as { token: unknown; user: Record<string, unknown> };
        return { status: response.status, cookies: response.headers.getSetCookie(), token: body.token, userKeys: Object.keys(body.user ?? {}).sort(), email: body.user?.email };
      };
      const existing = await signUp(user.email);
      const fresh = await signUp(`fresh-${user.id}@example.test`);
      expect(existing.status).toBe(200);
      expect(existing).toEqual({ ...fresh, email: user.email });
      expect(fresh.cookies).toEqual([]);
      expect(fresh.token).toBeNull();
      // Nothing about the existing account changed: one user, the old password still works.
      expect(await db.user.count({ where: { email: user.email } })).toBe(1);
      expect((await auth.api.signInEmail({ body: { email: user.email, password }, asResponse: true })).status).toBe(200);
      // Its owner hears about the attempt (the log mailer offline).
      await vi.waitFor(() => expect(log.mock.calls.map((call) => call.join(" ")).join("\n")).toContain(`mail: to ${user.email}`));
    } finally {
      log.mockRestore();
    }
  });

  it("never lets a sign-up choose its role", async () => {
    const email = `role-${Date.now()}@example.test`;
    await auth.api.signUpEmail({ body: { email, password: "a-long-password", name: "Sneaky", role: "coach" } as never, asResponse: true });
    const user = await db.user.findUnique({ where: { email } });
    expect(user?.role ?? "candidate").toBe("candidate");
  });

  it("limits sign-in attempts per account, whatever address they come from", async () => {
    const email = `budget-${Date.now()}@example.test`;
    const now = Date.now();
    for (let i = 0; i < SIGN_IN_BUDGET.max; i++) expect(await consumeSignInBudget(email, now + i)).toBe(true);
    expect(await consumeSignInBudget(email, now + 100)).toBe(false);
    expect(await consumeSignInBudget(email.toUpperCase(), now + 100)).toBe(false);
    // A fresh window starts again.
    expect(await consumeSignInBudget(email, now + SIGN_IN_BUDGET.windowMs + 1_000)).toBe(true);
  });

  it("exports the user's data without secrets, and deleting the account removes everything and ends its sessions", async () => {
    const { user, cookie } = await createSignedInUser();
    const draft = await createTestDraft(user, { title: "Mine", situation: "I owned the queue." });
    const data = await exportMyData(user);
    expect(data.user.email).toBe(user.email);
    expect(data.drafts.map((d) => d.title)).toEqual(["Mine"]);
    expect(JSON.stringify(data)).not.toMatch(/password|token/i);

    await deleteAccount(user);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.draft.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getActorFromHeaders(headersWith(cookie))).toBeNull();
  });

  it("hands a one-time reset link to the mailer (the server log offline), and the new password works once", async () => {
    const { user } = await createSignedInUser();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const asked = await auth.api.requestPasswordReset({ body: { email: user.email, redirectTo: "/reset-password" }, asResponse: true });
      expect(asked.status).toBe(200);
      const printed = log.mock.calls.map((call) => call.join(" ")).join("\n");
      expect(printed).toContain(`mail: to ${user.email}`);
      const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(printed)?.[1];
      expect(token).toBeTruthy();
      const reset = await auth.api.resetPassword({ body: { token: token!, newPassword: "a-brand-new-password" }, asResponse: true });
      expect(reset.status).toBe(200);
      const again = await auth.api.resetPassword({ body: { token: token!, newPassword: "yet-another-password" }, asResponse: true });
      expect(again.status).toBe(400);
      const signIn = await auth.api.signInEmail({ body: { email: user.email, password: "a-brand-new-password" }, asResponse: true });
      expect(signIn.status).toBe(200);
      // An unknown e-mail is answered the same way, and nothing is sent.
      log.mockClear();
      const unknown = await auth.api.requestPasswordReset({ body: { email: `nobody-${user.id}@example.test`, redirectTo: "/reset-password" }, asResponse: true });
      expect(unknown.status).toBe(200);
      expect(log.mock.calls.map((call) => call.join(" ")).join("\n")).not.toContain("mail: to");
    } finally {
      log.mockRestore();
    }
  });
});
