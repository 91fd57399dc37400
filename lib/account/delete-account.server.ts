import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";

/**
 * Deletes the actor's account and everything it holds: drafts with their revisions, drill
 * answers and rehearsals, sessions (signed out everywhere at once) and sign-in methods,
 * all by the database's cascades in one statement.
 */
export async function deleteAccount(actor: Actor): Promise<void> {
  await db.user.delete({ where: { id: actor.userId } });
}
