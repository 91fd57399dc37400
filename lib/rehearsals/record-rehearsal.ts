import "server-only";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { AppError } from "@/lib/errors";
import { RecordRehearsalSchema } from "@/lib/rehearsals/rehearsal-schema";

export type RehearsalView = { id: string; seconds: number; createdAt: string };

/** Records one timed run-through of a draft the caller owns. */
export async function recordRehearsal(ownerId: string, input: unknown): Promise<RehearsalView> {
  const parsed = RecordRehearsalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Check the run time and try again.");
  const { draftId, seconds } = parsed.data;
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: liveDraftWhere(ownerId, draftId), select: { id: true } });
    if (!draft) throw new AppError("not_found", "That draft does not exist or is not yours.");
    const row = await tx.rehearsal.create({
      data: { draftId: draft.id, seconds },
      select: { id: true, seconds: true, createdAt: true },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}
