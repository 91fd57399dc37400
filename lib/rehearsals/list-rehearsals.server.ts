import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import type { RehearsalView } from "@/lib/rehearsals/record-rehearsal.server";

/** The owner's past runs of one draft, newest first. Another user's draft yields none. */
export async function listRehearsals(actor: Actor, draftId: string, limit = 20): Promise<RehearsalView[]> {
  const rows = await db.rehearsal.findMany({
    where: { draftId, draft: draftAccess(actor, "read") },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, seconds: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
