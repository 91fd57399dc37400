import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { scoreSections } from "@/lib/drafts/score-sections";
import { draftSearchText } from "@/lib/drafts/search-text";
import { copyTitle, DuplicateDraftSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Copies a draft the caller owns into a new draft for another (or the same) question,
 * so one story can be adapted without touching the original: same text and tags,
 * version 1, no revision history, scored for the target question's profile.
 */
export async function duplicateDraft(actor: Actor, input: z.output<typeof DuplicateDraftSchema>): Promise<{ id: string }> {
  const { draftId, questionId } = input;
  return db.$transaction(async (tx) => {
    const source = await tx.draft.findFirst({
      where: draftAccess(actor, "edit", { draftId }),
      select: { ...DRAFT_CONTENT_SELECT, tags: true, adjacent: true },
    });
    if (!source) throw new AppError("not_found", DRAFT_NOT_FOUND);
    const question = await tx.question.findUnique({ where: { id: questionId }, select: { id: true, profile: true } });
    if (!question) throw new AppError("not_found", "That question does not exist. Reload the page and pick another.");
    const sections = { situation: source.situation, task: source.task, actions: source.actions, results: source.results };
    const title = copyTitle(source.title);
    return tx.draft.create({
      data: {
        ownerId: actor.userId,
        questionId: question.id,
        title,
        searchText: draftSearchText({ title, ...sections, tags: source.tags }),
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
