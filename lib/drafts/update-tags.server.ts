import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { draftSearchText } from "@/lib/drafts/search-text";
import { UpdateTagsSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Replaces the tags of a draft the caller owns. Tags are filing, not writing: the
 * draft's "Edited" time (updatedAt) and version stay as they were.
 */
export async function updateDraftTags(actor: Actor, input: z.output<typeof UpdateTagsSchema>): Promise<{ tags: string[] }> {
  const { draftId, tags } = input;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { updatedAt: true, ...DRAFT_CONTENT_SELECT } });
    if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
    await tx.draft.updateMany({
      where: draftAccess(actor, "edit", { draftId }),
      // An explicit updatedAt overrides @updatedAt.
      data: { tags: tags.join(","), searchText: draftSearchText({ ...draft, tags: tags.join(",") }), updatedAt: draft.updatedAt },
    });
    return { tags };
  });
}
