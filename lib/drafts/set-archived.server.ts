import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { SetArchivedSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Archives or unarchives a draft the caller owns. Archiving is filing: the draft leaves
 * the main list for "Archived" and keeps working everywhere else; its edit time stays.
 */
export async function setArchived(actor: Actor, input: z.output<typeof SetArchivedSchema>, now: Date = new Date()): Promise<{ id: string; title: string }> {
  const { draftId, archived } = input;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { id: true, title: true, updatedAt: true } });
    if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
    await tx.draft.updateMany({
      where: draftAccess(actor, "edit", { draftId }),
      data: { archivedAt: archived ? now : null, updatedAt: draft.updatedAt },
    });
    return { id: draft.id, title: draft.title };
  });
}
