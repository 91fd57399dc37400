import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { CreateDraftSchema } from "@/lib/drafts/draft-schema";
import { draftSearchText } from "@/lib/drafts/search-text";
import { AppError } from "@/lib/errors";

export async function createDraft(actor: Actor, input: z.output<typeof CreateDraftSchema>): Promise<{ id: string }> {
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true },
  });
  if (!question) throw new AppError("not_found", "That question does not exist.");
  const count = await db.draft.count({ where: { ownerId: actor.userId } });
  const title = input.title ?? `Untitled story ${count + 1}`;
  return db.draft.create({
    data: {
      ownerId: actor.userId,
      questionId: question.id,
      title,
      searchText: draftSearchText({ title, situation: "", task: "", actions: "", results: "", tags: "" }),
    },
    select: { id: true },
  });
}
