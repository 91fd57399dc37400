import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere, trashedDraftWhere } from "@/lib/drafts/draft-access";

export type DraftCounts = { active: number; archived: number; trash: number };

/** How many drafts the caller has in each list (the story bank's Active / Archived / Trash tabs). */
export async function countDrafts(ownerId: string): Promise<DraftCounts> {
  const [active, archived, trash] = await Promise.all([
    db.draft.count({ where: { ...liveDraftWhere(ownerId), archivedAt: null } }),
    db.draft.count({ where: { ...liveDraftWhere(ownerId), archivedAt: { not: null } } }),
    db.draft.count({ where: trashedDraftWhere(ownerId) }),
  ]);
  return { active, archived, trash };
}
