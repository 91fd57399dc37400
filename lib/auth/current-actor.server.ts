import "server-only";

import { LOCAL_USER } from "@/lib/auth/local-user";
import { db } from "@/lib/db";

// Who is asking. Every data function takes an Actor (CONVENTIONS.md #14): pages and actions
// resolve it once here, and lib decides what that actor may reach (lib/drafts/draft-access.server.ts).
// Until accounts land (issue 9 §2), Gameday runs for one local candidate.

export type ActorRole = "candidate" | "coach";
export type Actor = { userId: string; name: string; role: ActorRole };

export async function requireActor(): Promise<Actor> {
  const existing = await db.user.findUnique({
    where: { email: LOCAL_USER.email },
    select: { id: true, name: true, role: true },
  });
  const user =
    existing ??
    (await db.user.upsert({
      where: { email: LOCAL_USER.email },
      create: { email: LOCAL_USER.email, name: LOCAL_USER.name },
      update: {},
      select: { id: true, name: true, role: true },
    }));
  return { userId: user.id, name: user.name, role: user.role === "coach" ? "coach" : "candidate" };
}
