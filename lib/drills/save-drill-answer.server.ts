import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { parseStoredStatuses, type DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { resolveDrillPrompt } from "@/lib/drills/drill-prompts";
import { SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { AppError } from "@/lib/errors";
import { scoreDraft, scoreFollowUp } from "@/lib/rubric";

const answerSelect = { promptId: true, question: true, answer: true, score: true, statuses: true, updatedAt: true } as const;

/**
 * Saves (or replaces) the owner's answer to one follow-up question of a draft's drill
 * and scores it on the items that question targets. The question text and targets
 * come from the rubric, never from the client: the client only names the prompt.
 * Idempotent: the same answer sent again (an autosave racing the save sent when the
 * page is left) returns the stored answer without writing.
 */
export async function saveDrillAnswer(actor: Actor, input: z.output<typeof SaveDrillAnswerSchema>): Promise<DrillAnswerView> {
  const { draftId, promptId, answer } = input;
  const view = (row: { promptId: string; question: string; answer: string; score: number | null; statuses: string; updatedAt: Date }) => ({
    ...row,
    statuses: parseStoredStatuses(row.statuses),
    updatedAt: row.updatedAt.toISOString(),
  });

  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: draftAccess(actor, "edit", { draftId }),
      select: { situation: true, task: true, actions: true, results: true, question: { select: { profile: true } } },
    });
    if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
    const stored = await tx.drillAnswer.findUnique({ where: { draftId_promptId: { draftId, promptId } }, select: answerSelect });
    if (stored?.answer === answer) return view(stored);

    const { question, ...sections } = draft;
    const prompt = resolveDrillPrompt(promptId, scoreDraft(sections, { profile: question.profile }));
    if (!prompt) throw new AppError("bad_request", "That follow-up question is not part of this drill. Reload the page.");

    const scored = scoreFollowUp(answer, prompt.targets, { profile: question.profile });
    const statuses = Object.fromEntries(prompt.targets.map((id) => [id, scored.items[id]?.status ?? "missing"]));
    const row = await tx.drillAnswer.upsert({
      where: { draftId_promptId: { draftId, promptId } },
      // The question is fixed when first answered, so the saved pair keeps reading the same.
      create: { draftId, promptId, question: prompt.question, answer, score: scored.total, statuses: JSON.stringify(statuses) },
      update: { answer, score: scored.total, statuses: JSON.stringify(statuses) },
      select: answerSelect,
    });
    return view(row);
  });
}
