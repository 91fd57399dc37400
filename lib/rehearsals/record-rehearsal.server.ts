import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { AppError } from "@/lib/errors";
import { RecordRehearsalSchema } from "@/lib/rehearsals/rehearsal-schema";

export type RehearsalView = { id: string; seconds: number; createdAt: string };

/** Records one timed run-through of a draft the caller owns. */
export async function recordRehearsal(actor: Actor, input: z.output<typeof RecordRehearsalSchema>): Promise<RehearsalView> {
  const { draftId, seconds } = input;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { id: true } });
    if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
    const row = await tx.rehearsal.create({
      data: { draftId: draft.id, seconds },
      select: { id: true, seconds: true, createdAt: true },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}
