import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { DraftIdInputSchema } from "@/lib/drafts/lifecycle-schema";
import { AppError } from "@/lib/errors";

/**
 * Moves a draft the caller owns to the trash (a soft delete: `deletedAt` is set). From
 * then on no page, action or export reaches it until it is restored; after
 * TRASH_RETENTION_DAYS it is purged with its history, drill answers and rehearsals.
 * The edit time stays as it was: deleting is not editing.
 */
export async function deleteDraft(ownerId: string, input: unknown, now: Date = new Date()): Promise<{ id: string; title: string }> {
  const parsed = DraftIdInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "That draft could not be identified. Reload the page and try again.");
  const { draftId } = parsed.data;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: liveDraftWhere(ownerId, draftId), select: { id: true, title: true, updatedAt: true } });
    if (!draft) throw new AppError("not_found", "That draft does not exist, is already in the trash, or is not yours.");
    await tx.draft.updateMany({ where: liveDraftWhere(ownerId, draftId), data: { deletedAt: now, updatedAt: draft.updatedAt } });
    return { id: draft.id, title: draft.title };
  });
}
