import "server-only";

import path from "node:path";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";

import { resolveAuthSecret } from "@/lib/auth/auth-secret.server";
import { mailer } from "@/lib/auth/mailer.server";
import { PASSWORD_LIMITS } from "@/lib/auth/password-limits";
import { consumeSignInBudget } from "@/lib/auth/sign-in-budget.server";
import { databaseKind, databaseUrl, db, sqliteFilePath } from "@/lib/db";

// Accounts (issue 9 §2, docs/decisions/005-accounts.md) through better-auth and its Prisma
// adapter: e-mail and password hashed with scrypt, sessions in the database behind an
// httpOnly SameSite=Lax cookie, rate limits counted in the database (so every instance
// agrees), password reset by a link handed to the mailer. Nothing answers differently for an
// e-mail that has an account: sign-in says "invalid e-mail or password" either way, and
// sign-up answers an existing address exactly as a new one (see autoSignIn below).

const url = databaseUrl();
const kind = databaseKind(url);
const port = process.env.PORT?.trim() || "3000";
const appUrl = process.env.APP_URL?.trim() || `http://localhost:${port}`;
const dataDir = kind === "sqlite" ? path.dirname(sqliteFilePath(url)) : path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data");

/** The names this server answers on the loopback interface, plus APP_URL (see lib/http/host-allowlist.ts). */
const trustedOrigins = [appUrl, `http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];

export const auth = betterAuth({
  appName: "Gameday",
  baseURL: appUrl,
  secret: resolveAuthSecret({ BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET, DATABASE_URL: url }, dataDir),
  trustedOrigins,
  database: prismaAdapter(db, { provider: kind }),
  telemetry: { enabled: false },
  user: {
    additionalFields: {
      // Who is a coach is decided by the seed or an operator, never by a sign-up form.
      role: { type: "string", required: false, defaultValue: "candidate", input: false },
    },
    deleteUser: { enabled: true },
  },
  session: {
    // Every request reads the session row: signing out (or deleting the account) ends
    // access at once on every instance, with no cookie cache to outlive it.
    cookieCache: { enabled: false },
  },
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_LIMITS.min,
    maxPasswordLength: PASSWORD_LIMITS.max,
    // No session from sign-up itself: with autoSignIn off, better-auth answers a sign-up for an
    // address that already has an account exactly like a new one (200, a user-shaped body, no
    // cookie; it still hashes the password so the work done is alike) instead of 422 "user
    // already exists". The sign-up form signs in as a second step. The owner of the existing
    // account is told by mail.
    autoSignIn: false,
    onExistingUserSignUp: async ({ user }) => {
      await mailer().send({
        to: user.email,
        subject: "Someone tried to create a Gameday account with your e-mail",
        text: "Someone tried to create a new Gameday account with this e-mail, which already has one.\nIf it was you, sign in, or use \"Forgot your password?\" on the sign-in page.\nIf it was not you, nothing changed and you can ignore this message.",
      });
    },
    revokeSessionsOnPasswordReset: true,
    resetPasswordTokenExpiresIn: 60 * 60,
    sendResetPassword: async ({ user, url: link }) => {
      await mailer().send({
        to: user.email,
        subject: "Reset your Gameday password",
        text: `Someone asked to reset the password of this Gameday account.\nOpen this link within an hour to choose a new one:\n${link}\nIf it was not you, ignore this message.`,
      });
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 10 },
      "/sign-up/email": { window: 60, max: 20 },
      "/request-password-reset": { window: 300, max: 5 },
    },
  },
  advanced: {
    // The session and its user in one Prisma operation instead of two (issue 10: every save
    // and page reads the session; Prisma's cost is per operation). Same rows, same checks.
    database: { joins: true },
    cookiePrefix: "gameday",
    useSecureCookies: appUrl.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  hooks: {
    // Per account, on top of better-auth's per-address limit: a password guessed from many
    // addresses still runs out of tries (counted in the database, shared by all instances).
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
      if (!(await consumeSignInBudget(email))) {
        throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Wait 15 minutes and try again." });
      }
    }),
  },
  plugins: [nextCookies()],
});
