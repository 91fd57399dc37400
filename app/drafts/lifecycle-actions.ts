"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/current-user";
import { deleteDraft } from "@/lib/drafts/delete-draft";
import { DraftIdInputSchema, ListViewSchema, SetArchivedSchema, type ListView } from "@/lib/drafts/lifecycle-schema";
import { restoreDraft } from "@/lib/drafts/restore-draft";
import { setArchived } from "@/lib/drafts/set-archived";
import { isAppError } from "@/lib/errors";

// Thin edges for delete (to the trash), restore and archive: parse with the feature's
// schema, call lib/drafts (which checks the owner), map errors to a sentence, then go back
// to the list the button was in with a line saying what happened (and how to undo it).

export type LifecycleState = { ok: false; message: string } | null;

const BAD_INPUT: LifecycleState = { ok: false, message: "That draft could not be identified. Reload the page and try again." };

const listPath = (view: ListView) => (view === "trash" ? "/drafts/trash" : view === "archived" ? "/drafts?show=archived" : "/drafts");
const withNotice = (path: string, notice: string, id: string) => `${path}${path.includes("?") ? "&" : "?"}${notice}=${encodeURIComponent(id)}`;

async function run(work: (ownerId: string) => Promise<string>, failure: string): Promise<{ path: string } | LifecycleState> {
  try {
    const user = await requireUser();
    return { path: await work(user.id) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("draft lifecycle action failed", error);
    return { ok: false, message: failure };
  }
}

function finish(result: { path: string } | LifecycleState): LifecycleState {
  if (!result || !("path" in result)) return result;
  revalidatePath("/drafts", "layout");
  redirect(result.path);
}

export async function deleteDraftAction(_prev: LifecycleState, formData: FormData): Promise<LifecycleState> {
  const parsed = DraftIdInputSchema.safeParse({ draftId: formData.get("draftId") });
  if (!parsed.success) return BAD_INPUT;
  const view = ListViewSchema.parse(formData.get("view"));
  const result = await run(async (ownerId) => {
    const draft = await deleteDraft(ownerId, parsed.data);
    return withNotice(listPath(view), "deleted", draft.id);
  }, "The draft could not be deleted. Try again in a moment.");
  return finish(result);
}

/** Undo of a delete, from the list's notice or from the trash. */
export async function restoreDraftAction(_prev: LifecycleState, formData: FormData): Promise<LifecycleState> {
  const parsed = DraftIdInputSchema.safeParse({ draftId: formData.get("draftId") });
  if (!parsed.success) return BAD_INPUT;
  const view = ListViewSchema.parse(formData.get("view"));
  const result = await run(async (ownerId) => {
    const draft = await restoreDraft(ownerId, parsed.data);
    // From the trash, stay there; from the list, go to the list the draft is back in.
    const path = view === "trash" ? listPath("trash") : listPath(draft.archived ? "archived" : "active");
    return withNotice(path, "restored", draft.id);
  }, "The draft could not be restored. Try again in a moment.");
  return finish(result);
}

export async function setArchivedAction(_prev: LifecycleState, formData: FormData): Promise<LifecycleState> {
  const parsed = SetArchivedSchema.safeParse({ draftId: formData.get("draftId"), archived: formData.get("archived") });
  if (!parsed.success) return BAD_INPUT;
  const view = ListViewSchema.parse(formData.get("view"));
  const result = await run(async (ownerId) => {
    const draft = await setArchived(ownerId, parsed.data);
    return withNotice(listPath(view), parsed.data.archived ? "archived" : "unarchived", draft.id);
  }, "The draft could not be moved. Try again in a moment.");
  return finish(result);
}
