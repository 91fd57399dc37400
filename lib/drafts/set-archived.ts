import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { SetArchivedSchema } from "@/lib/drafts/lifecycle-schema";
import { AppError } from "@/lib/errors";

/**
 * Archives or unarchives a draft the caller owns. Archiving is filing: the draft leaves
 * the main list for "Archived" and keeps working everywhere else; its edit time stays.
 */
export async function setArchived(ownerId: string, input: unknown, now: Date = new Date()): Promise<{ id: string; title: string }> {
  const parsed = SetArchivedSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "That draft could not be identified. Reload the page and try again.");
  const { draftId, archived } = parsed.data;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: liveDraftWhere(ownerId, draftId), select: { id: true, title: true, updatedAt: true } });
    if (!draft) throw new AppError("not_found", "That draft does not exist or is not yours.");
    await tx.draft.updateMany({
      where: liveDraftWhere(ownerId, draftId),
      data: { archivedAt: archived ? now : null, updatedAt: draft.updatedAt },
    });
    return { id: draft.id, title: draft.title };
  });
}
