import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { scoreSections } from "@/lib/drafts/score-sections";
import { copyTitle, DuplicateDraftSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Copies a draft the caller owns into a new draft for another (or the same) question,
 * so one story can be adapted without touching the original: same text and tags,
 * version 1, no revision history, scored for the target question's profile.
 */
export async function duplicateDraft(ownerId: string, input: unknown): Promise<{ id: string }> {
  const parsed = DuplicateDraftSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "Pick the question the copy should answer.");
  const { draftId, questionId } = parsed.data;
  return db.$transaction(async (tx) => {
    const source = await tx.draft.findFirst({
      where: liveDraftWhere(ownerId, draftId),
      select: { title: true, situation: true, task: true, actions: true, results: true, tags: true, adjacent: true },
    });
    if (!source) throw new AppError("not_found", "That draft does not exist or is not yours.");
    const question = await tx.question.findUnique({ where: { id: questionId }, select: { id: true, profile: true } });
    if (!question) throw new AppError("not_found", "That question does not exist. Reload the page and pick another.");
    const sections = { situation: source.situation, task: source.task, actions: source.actions, results: source.results };
    return tx.draft.create({
      data: {
        ownerId,
        questionId: question.id,
        title: copyTitle(source.title),
        ...sections,
        tags: source.tags,
        adjacent: source.adjacent,
        version: 1,
        score: scoreSections(sections, question.profile),
      },
      select: { id: true },
    });
  });
}
