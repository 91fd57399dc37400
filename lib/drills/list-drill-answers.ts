import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { parseStoredStatuses, type DrillAnswerView } from "@/lib/drills/drill-answer-view";

/**
 * The owner's saved answers for one draft's drill, oldest first. A draft that is not
 * the caller's yields no answers: the owner is part of the `where` (CONVENTIONS.md #3).
 */
export async function listDrillAnswers(ownerId: string, draftId: string): Promise<DrillAnswerView[]> {
  const rows = await db.drillAnswer.findMany({
    where: { draftId, draft: liveDraftWhere(ownerId) },
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
