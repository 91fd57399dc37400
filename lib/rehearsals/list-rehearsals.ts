import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import type { RehearsalView } from "@/lib/rehearsals/record-rehearsal";

/** The owner's past runs of one draft, newest first. Another user's draft yields none. */
export async function listRehearsals(ownerId: string, draftId: string, limit = 20): Promise<RehearsalView[]> {
  const rows = await db.rehearsal.findMany({
    where: { draftId, draft: liveDraftWhere(ownerId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, seconds: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
