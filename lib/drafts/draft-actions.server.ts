"use server";

import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { defineAction, defineFormAction } from "@/lib/actions/define-action.server";
import { createDraft } from "@/lib/drafts/create-draft.server";
import { CreateDraftSchema, RestoreRevisionSchema, SetAdjacentSchema } from "@/lib/drafts/draft-schema";
import { restoreRevision } from "@/lib/drafts/restore-revision.server";
import { setAdjacent } from "@/lib/drafts/set-adjacent.server";

// Server actions of the draft itself. Pages hand them to the components that call them
// (a client component never imports server code: CONVENTIONS.md #15, #16).

export const createDraftAction = defineFormAction({
  name: "createDraft",
  schema: CreateDraftSchema,
  invalid: "Pick a question to start a draft.",
  failure: "We could not create the draft. Try again in a moment.",
  run: (input, actor) => createDraft(actor, input),
  after: ({ id }) => {
    revalidatePath("/drafts");
    redirect(`/drafts/${id}`);
  },
});

export const setAdjacentAction = defineAction({
  name: "setAdjacent",
  schema: SetAdjacentSchema,
  invalid: "That setting could not be read.",
  failure: "The setting could not be saved. Try again.",
  run: (input, actor) => setAdjacent(actor, input),
});

/** Restores an old version as the newest one, then opens the editor on it. */
export const restoreRevisionAction = defineFormAction({
  name: "restoreRevision",
  schema: RestoreRevisionSchema,
  invalid: "That version could not be found. Reload the page and try again.",
  failure: "The server could not restore that version. Nothing changed; try again in a moment.",
  // restoreRevision reaches the draft, and the revision in it, only through draftAccess.
  run: ({ draftId, revisionId }, actor) => restoreRevision(actor, draftId, revisionId),
  after: (_result, { draftId }) => {
    revalidatePath("/drafts");
    revalidatePath(`/drafts/${draftId}`);
    redirect(`/drafts/${draftId}`);
  },
});
