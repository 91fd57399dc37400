"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth/current-user";
import { createDraft } from "@/lib/drafts/create-draft";
import { fieldErrors, SaveDraftSchema, type FieldErrors } from "@/lib/drafts/draft-schema";
import { saveDraft } from "@/lib/drafts/save-draft";
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

export type SavedSnapshot = {
  title: string;
  situation: string;
  task: string;
  actions: string;
  results: string;
  version: number;
  updatedAt: string;
};

export type SaveDraftState =
  | { ok: true; version: number; savedAt: string; score: number | null }
  | { ok: false; kind: "invalid"; message: string; errors: FieldErrors }
  | { ok: false; kind: "conflict"; message: string; current: SavedSnapshot }
  | { ok: false; kind: "error"; message: string };

export async function saveDraftAction(input: unknown): Promise<SaveDraftState> {
  const parsed = SaveDraftSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      kind: "invalid",
      message: "Some fields need attention before this can be saved.",
      errors: fieldErrors(parsed.error),
    };
  }
  try {
    const user = await requireUser();
    const result = await saveDraft(user.id, parsed.data);
    if (result.status === "conflict") {
      return {
        ok: false,
        kind: "conflict",
        message: "This draft was saved somewhere else after you opened it. Nothing was overwritten.",
        current: { ...result.current, updatedAt: result.current.updatedAt.toISOString() },
      };
    }
    revalidatePath("/drafts");
    return { ok: true, version: result.version, savedAt: result.savedAt.toISOString(), score: result.score };
  } catch (error) {
    if (isAppError(error)) return { ok: false, kind: "error", message: error.message };
    console.error("saveDraftAction failed", error);
    return { ok: false, kind: "error", message: "The server could not save. Your text is still here; try again." };
  }
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
