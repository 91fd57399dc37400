import "server-only";

import { z } from "zod";

import { db } from "@/lib/db";
import { liveDraftWhere } from "@/lib/drafts/draft-access";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";

export const SetAdjacentSchema = z.object({ draftId: IdSchema, adjacent: z.boolean() });

/** Records whether the candidate's example is adjacent to storage (drives extra prompts). */
export async function setAdjacent(ownerId: string, input: unknown): Promise<void> {
  const parsed = SetAdjacentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", "That setting could not be read.");
  const { count } = await db.draft.updateMany({
    where: liveDraftWhere(ownerId, parsed.data.draftId),
    data: { adjacent: parsed.data.adjacent },
  });
  if (count === 0) throw new AppError("not_found", "That draft does not exist or is not yours.");
}
