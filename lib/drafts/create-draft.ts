import "server-only";

import { db } from "@/lib/db";
import { CreateDraftSchema } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";

export async function createDraft(ownerId: string, input: unknown): Promise<{ id: string }> {
  const parsed = CreateDraftSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "Pick a question to start a draft.");
  const question = await db.question.findUnique({
    where: { id: parsed.data.questionId },
    select: { id: true },
  });
  if (!question) throw new AppError("not_found", "That question does not exist.");
  const count = await db.draft.count({ where: { ownerId } });
  return db.draft.create({
    data: {
      ownerId,
      questionId: question.id,
      title: parsed.data.title ?? `Untitled story ${count + 1}`,
    },
    select: { id: true },
  });
}
