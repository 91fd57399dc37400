import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";

export type DraftCounts = { active: number; archived: number; trash: number };

/** How many drafts the caller has in each list (the story bank's Active / Archived / Trash tabs). */
export async function countDrafts(actor: Actor): Promise<DraftCounts> {
  const [active, archived, trash] = await Promise.all([
    db.draft.count({ where: { ...draftAccess(actor, "edit"), archivedAt: null } }),
    db.draft.count({ where: { ...draftAccess(actor, "edit"), archivedAt: { not: null } } }),
    db.draft.count({ where: draftAccess(actor, "edit", { state: "trashed" }) }),
  ]);
  return { active, archived, trash };
}
