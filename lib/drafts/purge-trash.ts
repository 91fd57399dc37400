import "server-only";

import { db } from "@/lib/db";
import { trashedDraftWhere } from "@/lib/drafts/draft-access";
import { purgeCutoff } from "@/lib/drafts/lifecycle-schema";

/**
 * Removes for good the caller's drafts that have been in the trash longer than
 * TRASH_RETENTION_DAYS (their revisions, drill answers and rehearsals go with them:
 * the relations cascade). Runs whenever the trash or the story bank is listed, so no
 * scheduler is needed. Returns how many were removed.
 */
export async function purgeExpiredTrash(ownerId: string, now: Date = new Date()): Promise<number> {
  const { count } = await db.draft.deleteMany({
    where: { ...trashedDraftWhere(ownerId), deletedAt: { lt: purgeCutoff(now) } },
  });
  return count;
}
