"use server";

import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { defineFormAction } from "@/lib/actions/define-action.server";
import { deleteDraft } from "@/lib/drafts/delete-draft.server";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft.server";
import { restoreDraft } from "@/lib/drafts/restore-draft.server";
import { setArchived } from "@/lib/drafts/set-archived.server";
import {
  DuplicateDraftSchema,
  LifecycleFormSchema,
  SetArchivedFormSchema,
  UpdateTagsSchema,
  type ListView,
} from "@/lib/drafts/story-bank-schema";
import { updateDraftTags } from "@/lib/drafts/update-tags.server";

// Server actions of the story bank (/drafts and its trash): tags, duplicate, and the
// lifecycle buttons (delete to the trash, restore, archive). Each lifecycle action goes back
// to the list its button was in, with a line saying what happened (and how to undo it).

const listPath = (view: ListView) => (view === "trash" ? "/drafts/trash" : view === "archived" ? "/drafts?show=archived" : "/drafts");
const withNotice = (path: string, notice: string, id: string) => `${path}${path.includes("?") ? "&" : "?"}${notice}=${encodeURIComponent(id)}`;

function backToList(path: string): never {
  revalidatePath("/drafts", "layout");
  redirect(path);
}

const BAD_DRAFT = "That draft could not be identified. Reload the page and try again.";

export const updateTagsAction = defineFormAction({
  name: "updateTags",
  schema: UpdateTagsSchema,
  invalid: "Check the tags and try again.",
  failure: "The tags could not be saved. Try again in a moment.",
  run: (input, actor) => updateDraftTags(actor, input),
  after: () => revalidatePath("/drafts"),
  message: ({ tags }) => (tags.length === 0 ? "Tags cleared." : `Tags saved: ${tags.join(", ")}.`),
});

export const duplicateDraftAction = defineFormAction({
  name: "duplicateDraft",
  schema: DuplicateDraftSchema,
  invalid: "Pick the question the copy should answer.",
  failure: "The copy could not be made. Try again in a moment.",
  run: (input, actor) => duplicateDraft(actor, input),
  after: ({ id }) => {
    revalidatePath("/drafts");
    redirect(`/drafts/${id}`);
  },
});

export const deleteDraftAction = defineFormAction({
  name: "deleteDraft",
  schema: LifecycleFormSchema,
  invalid: BAD_DRAFT,
  failure: "The draft could not be deleted. Try again in a moment.",
  run: (input, actor) => deleteDraft(actor, input),
  after: (draft, { view }) => backToList(withNotice(listPath(view), "deleted", draft.id)),
});

/** Undo of a delete, from the list's notice or from the trash. */
export const restoreDraftAction = defineFormAction({
  name: "restoreDraft",
  schema: LifecycleFormSchema,
  invalid: BAD_DRAFT,
  failure: "The draft could not be restored. Try again in a moment.",
  run: (input, actor) => restoreDraft(actor, input),
  // From the trash, stay there; from the list, go to the list the draft is back in.
  after: (draft, { view }) =>
    backToList(withNotice(view === "trash" ? listPath("trash") : listPath(draft.archived ? "archived" : "active"), "restored", draft.id)),
});

export const setArchivedAction = defineFormAction({
  name: "setArchived",
  schema: SetArchivedFormSchema,
  invalid: BAD_DRAFT,
  failure: "The draft could not be moved. Try again in a moment.",
  run: (input, actor) => setArchived(actor, input),
  after: (draft, { view, archived }) => backToList(withNotice(listPath(view), archived ? "archived" : "unarchived", draft.id)),
});
