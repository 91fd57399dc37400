import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";

// "New since your last visit" (issue 9 §3): one row per user and draft, in the database (never
// in process memory), so every instance tells the same user the same thing.

export type DraftVisitMark = { seenAt: Date; seenVersion: number };

/** When the actor last looked at the draft's comments, or null when they never did. */
export async function findDraftVisit(actor: Actor, draftId: string): Promise<DraftVisitMark | null> {
  return db.draftVisit.findUnique({ where: { userId_draftId: { userId: actor.userId, draftId } }, select: { seenAt: true, seenVersion: true } });
}

/**
 * Records that the actor saw the draft's comments, and the draft at `version`, as of `at` (the
 * time the page read them, so anything written while it rendered stays new). The mark only
 * moves forward. Nothing is recorded for a draft the actor cannot read.
 */
export async function recordDraftVisit(actor: Actor, draftId: string, version: number, at: Date): Promise<void> {
  const draft = await db.draft.findFirst({ where: draftAccess(actor, "read", { draftId }), select: { id: true } });
  if (!draft) return;
  const moved = await db.draftVisit.updateMany({
    where: { userId: actor.userId, draftId, seenAt: { lt: at } },
    data: { seenAt: at, seenVersion: version },
  });
  if (moved.count === 1) return;
  try {
    await db.draftVisit.create({ data: { userId: actor.userId, draftId, seenAt: at, seenVersion: version } });
  } catch (error) {
    // Already there (another tab recorded a later visit, or won the race to the first one).
    if ((error as { code?: unknown })?.code !== "P2002") throw error;
  }
}
