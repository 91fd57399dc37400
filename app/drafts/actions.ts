"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth/current-user";
import { createDraft } from "@/lib/drafts/create-draft";
import { setAdjacent } from "@/lib/drafts/set-adjacent";
import { isAppError } from "@/lib/errors";

export type CreateDraftState = { message: string } | null;

export async function createDraftAction(_prev: CreateDraftState, formData: FormData): Promise<CreateDraftState> {
  let id: string;
  try {
    const user = await requireUser();
    ({ id } = await createDraft(user.id, { questionId: formData.get("questionId") }));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    console.error("createDraftAction failed", error);
    return { message: "We could not create the draft. Try again in a moment." };
  }
  revalidatePath("/drafts");
  redirect(`/drafts/${id}`);
}

export async function setAdjacentAction(input: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const user = await requireUser();
    await setAdjacent(user.id, input);
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("setAdjacentAction failed", error);
    return { ok: false, message: "The setting could not be saved. Try again." };
  }
}
