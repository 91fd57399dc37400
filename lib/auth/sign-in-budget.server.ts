import "server-only";

import { db } from "@/lib/db";

// Sign-in attempts per account: at most MAX in WINDOW, counted in the RateLimit table that
// better-auth uses for its per-address limits, under a key of our own. The update is a
// single conditional write, so two instances cannot both spend the last attempt.

export const SIGN_IN_BUDGET = { max: 8, windowMs: 15 * 60 * 1000 } as const;

export async function consumeSignInBudget(email: string, now: number = Date.now()): Promise<boolean> {
  const key = `account-sign-in:${email.trim().toLowerCase()}`;
  const windowStart = BigInt(now - SIGN_IN_BUDGET.windowMs);
  // A window that has passed starts again at 1.
  const reset = await db.rateLimit.updateMany({ where: { key, lastRequest: { lt: windowStart } }, data: { count: 1, lastRequest: BigInt(now) } });
  if (reset.count > 0) return true;
  const spent = await db.rateLimit.updateMany({ where: { key, count: { lt: SIGN_IN_BUDGET.max } }, data: { count: { increment: 1 } } });
  if (spent.count > 0) return true;
  try {
    await db.rateLimit.create({ data: { key, count: 1, lastRequest: BigInt(now) } });
    return true;
  } catch {
    // The row exists (it is simply full), or another instance created it a moment ago.
    return (await db.rateLimit.updateMany({ where: { key, count: { lt: SIGN_IN_BUDGET.max } }, data: { count: { increment: 1 } } })).count > 0;
  }
}
