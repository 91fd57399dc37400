import "server-only";

import { db } from "@/lib/db";
import { trashedDraftWhere } from "@/lib/drafts/draft-access";
import { DraftIdInputSchema } from "@/lib/drafts/lifecycle-schema";
import { AppError } from "@/lib/errors";

/**
 * Takes a draft the caller owns out of the trash, back to where it was (the active list,
 * or Archived if it had been archived), with everything it had.
 */
export async function restoreDraft(ownerId: string, input: unknown): Promise<{ id: string; title: string; archived: boolean }> {
  const parsed = DraftIdInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "That draft could not be identified. Reload the page and try again.");
  const { draftId } = parsed.data;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: trashedDraftWhere(ownerId, draftId),
      select: { id: true, title: true, updatedAt: true, archivedAt: true },
    });
    if (!draft) throw new AppError("not_found", "That draft is not in your trash any more. It may have been restored already.");
    await tx.draft.updateMany({ where: trashedDraftWhere(ownerId, draftId), data: { deletedAt: null, updatedAt: draft.updatedAt } });
    return { id: draft.id, title: draft.title, archived: draft.archivedAt !== null };
  });
}
