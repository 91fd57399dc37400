import "server-only";

import type { z } from "zod";

import type { Actor } from "@/lib/auth/current-actor.server";

import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import type { SetAdjacentSchema } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";

/** Records whether the candidate's example is adjacent to storage (drives extra prompts). */
export async function setAdjacent(actor: Actor, input: z.output<typeof SetAdjacentSchema>): Promise<void> {
  const { count } = await db.draft.updateMany({
    where: draftAccess(actor, "edit", { draftId: input.draftId }),
    data: { adjacent: input.adjacent },
  });
  if (count === 0) throw new AppError("not_found", DRAFT_NOT_FOUND);
}
