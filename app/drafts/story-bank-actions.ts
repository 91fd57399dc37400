"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/current-user";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft";
import { UpdateTagsSchema } from "@/lib/drafts/story-bank-schema";
import { updateDraftTags } from "@/lib/drafts/update-tags";
import { isAppError } from "@/lib/errors";

// Thin edges for the story bank on /drafts: parse, call lib/drafts, map errors to a sentence.

export type UpdateTagsState =
  | { ok: true; tags: string[]; message: string }
  | { ok: false; message: string; errors: { tags?: string[] } }
  | null;

export async function updateTagsAction(_prev: UpdateTagsState, formData: FormData): Promise<UpdateTagsState> {
  const input = { draftId: formData.get("draftId"), tags: formData.get("tags") ?? "" };
  const parsed = UpdateTagsSchema.safeParse(input);
  if (!parsed.success) {
    const tags = parsed.error.issues.map((issue) => issue.message);
    return { ok: false, message: tags[0] ?? "Check the tags and try again.", errors: { tags } };
  }
  let tags: string[];
  try {
    const user = await requireUser();
    ({ tags } = await updateDraftTags(user.id, input));
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: {} };
    console.error("updateTagsAction failed", error);
    return { ok: false, message: "The tags could not be saved. Try again in a moment.", errors: {} };
  }
  revalidatePath("/drafts");
  return { ok: true, tags, message: tags.length === 0 ? "Tags cleared." : `Tags saved: ${tags.join(", ")}.` };
}

export type DuplicateDraftState = { ok: false; message: string; errors: { questionId?: string[] } } | null;

export async function duplicateDraftAction(_prev: DuplicateDraftState, formData: FormData): Promise<DuplicateDraftState> {
  let id: string;
  try {
    const user = await requireUser();
    ({ id } = await duplicateDraft(user.id, { draftId: formData.get("draftId"), questionId: formData.get("questionId") }));
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: {} };
    console.error("duplicateDraftAction failed", error);
    return { ok: false, message: "The copy could not be made. Try again in a moment.", errors: {} };
  }
  revalidatePath("/drafts");
  redirect(`/drafts/${id}`);
}
