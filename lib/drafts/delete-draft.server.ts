import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { DraftIdInputSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Moves a draft the caller owns to the trash (a soft delete: `deletedAt` is set). From
 * then on no page, action or export reaches it until it is restored; after
 * TRASH_RETENTION_DAYS it is purged with its history, drill answers and rehearsals.
 * The edit time stays as it was: deleting is not editing.
 */
export async function deleteDraft(actor: Actor, input: z.output<typeof DraftIdInputSchema>, now: Date = new Date()): Promise<{ id: string; title: string }> {
  const { draftId } = input;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { id: true, title: true, updatedAt: true } });
    if (!draft) throw new AppError("not_found", "That draft does not exist, is already in the trash, or is not yours.");
    await tx.draft.updateMany({ where: draftAccess(actor, "edit", { draftId }), data: { deletedAt: now, updatedAt: draft.updatedAt } });
    return { id: draft.id, title: draft.title };
  });
}
