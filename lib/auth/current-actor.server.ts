import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { auth } from "@/lib/auth/auth.server";

// Who is asking. Every data function takes an Actor (CONVENTIONS.md #14): pages and actions
// resolve it once here, from the session cookie checked against the database (better-auth,
// docs/decisions/005-accounts.md), and lib decides what that actor may reach
// (lib/drafts/draft-access.server.ts).

export type ActorRole = "candidate" | "coach";
export type Actor = { userId: string; name: string; email: string; role: ActorRole };

/** The signed-in actor of a request (route handlers pass their Request's headers), or null. */
export async function getActorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user as { id: string; name: string; email: string; role?: string | null };
  return { userId: id, name, email, role: role === "coach" ? "coach" : "candidate" };
}

/** The signed-in actor of the page or action being rendered, or null. */
export async function getActor(): Promise<Actor | null> {
  return getActorFromHeaders(await headers());
}

/**
 * The signed-in actor; anyone else is sent to the sign-in page (a redirect: call it outside
 * any try, as the action wrapper does).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
