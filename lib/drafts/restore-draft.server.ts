import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { DraftIdInputSchema } from "@/lib/drafts/story-bank-schema";
import { AppError } from "@/lib/errors";

/**
 * Takes a draft the caller owns out of the trash, back to where it was (the active list,
 * or Archived if it had been archived), with everything it had.
 */
export async function restoreDraft(actor: Actor, input: z.output<typeof DraftIdInputSchema>): Promise<{ id: string; title: string; archived: boolean }> {
  const { draftId } = input;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: draftAccess(actor, "edit", { draftId, state: "trashed" }),
      select: { id: true, title: true, updatedAt: true, archivedAt: true },
    });
    if (!draft) throw new AppError("not_found", "That draft is not in your trash any more. It may have been restored already.");
    await tx.draft.updateMany({ where: draftAccess(actor, "edit", { draftId, state: "trashed" }), data: { deletedAt: null, updatedAt: draft.updatedAt } });
    return { id: draft.id, title: draft.title, archived: draft.archivedAt !== null };
  });
}
