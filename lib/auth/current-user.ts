import "server-only";

import { LOCAL_USER } from "@/lib/auth/local-user";
import { db } from "@/lib/db";

// Until accounts land, Gameday runs for one local candidate. Everything downstream
// already takes a user id and filters by it, so accounts only replace this function.

export type CurrentUser = { id: string; name: string };

export async function requireUser(): Promise<CurrentUser> {
  const existing = await db.user.findUnique({
    where: { email: LOCAL_USER.email },
    select: { id: true, name: true },
  });
  if (existing) return existing;
  return db.user.upsert({
    where: { email: LOCAL_USER.email },
    create: { email: LOCAL_USER.email, name: LOCAL_USER.name },
    update: {},
    select: { id: true, name: true },
  });
}
