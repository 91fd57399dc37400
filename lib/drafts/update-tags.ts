import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { UpdateTagsSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Replaces the tags of a draft the caller owns. Tags are filing, not writing: the
 * draft's "Edited" time (updatedAt) and version stay as they were.
 */
export async function updateDraftTags(ownerId: string, input: unknown): Promise<{ tags: string[] }> {
  const parsed = UpdateTagsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Check the tags and try again.");
  const { draftId, tags } = parsed.data;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: liveDraftWhere(ownerId, draftId), select: { updatedAt: true } });
    if (!draft) throw new AppError("not_found", "That draft does not exist or is not yours.");
    await tx.draft.updateMany({
      where: liveDraftWhere(ownerId, draftId),
      // An explicit updatedAt overrides @updatedAt.
      data: { tags: tags.join(","), updatedAt: draft.updatedAt },
    });
    return { tags };
  });
}
