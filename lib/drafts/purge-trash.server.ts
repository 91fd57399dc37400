import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { purgeCutoff } from "@/lib/drafts/story-bank-schema";

/**
 * Removes for good the caller's drafts that have been in the trash longer than
 * TRASH_RETENTION_DAYS (their revisions, drill answers and rehearsals go with them:
 * the relations cascade). Runs whenever the trash or the story bank is listed, so no
 * scheduler is needed. Returns how many were removed.
 */
export async function purgeExpiredTrash(actor: Actor, now: Date = new Date()): Promise<number> {
  const { count } = await db.draft.deleteMany({
    where: { ...draftAccess(actor, "edit", { state: "trashed" }), deletedAt: { lt: purgeCutoff(now) } },
  });
  return count;
}
