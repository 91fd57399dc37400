import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { parseStoredStatuses, type DrillAnswerView } from "@/lib/drills/drill-answer-view";

/**
 * The owner's saved answers for one draft's drill, oldest first. A draft that is not
 * the caller's yields no answers: the owner is part of the `where` (CONVENTIONS.md #3).
 */
export async function listDrillAnswers(actor: Actor, draftId: string): Promise<DrillAnswerView[]> {
  const rows = await db.drillAnswer.findMany({
    where: { draftId, draft: draftAccess(actor, "read") },
    orderBy: { createdAt: "asc" },
    select: { promptId: true, question: true, answer: true, score: true, statuses: true, updatedAt: true },
  });
  return rows.map((row) => ({
    promptId: row.promptId,
    question: row.question,
    answer: row.answer,
    score: row.score,
    statuses: parseStoredStatuses(row.statuses),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
