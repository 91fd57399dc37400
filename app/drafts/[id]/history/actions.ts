"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { requireUser } from "@/lib/auth/current-user";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { restoreRevision } from "@/lib/drafts/restore-revision";
import { isAppError } from "@/lib/errors";

const RestoreSchema = z.object({ draftId: IdSchema, revisionId: IdSchema });

export type RestoreState = { message: string } | null;

/** Restores an old version as the newest one, then opens the editor on it. */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const parsed = RestoreSchema.safeParse({ draftId: formData.get("draftId"), revisionId: formData.get("revisionId") });
  if (!parsed.success) return { message: "That version could not be found. Reload the page and try again." };
  const { draftId, revisionId } = parsed.data;
  try {
    const user = await requireUser();
    // restoreRevision checks that the draft, and the revision in it, belong to this user.
    await restoreRevision(user.id, draftId, revisionId);
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    console.error("restoreRevisionAction failed", error);
    return { message: "The server could not restore that version. Nothing changed; try again in a moment." };
  }
  // After the try/catch: redirect() works by throwing (CONVENTIONS.md #5).
  revalidatePath("/drafts");
  revalidatePath(`/drafts/${draftId}`);
  redirect(`/drafts/${draftId}`);
}
