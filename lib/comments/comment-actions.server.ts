"use server";

import "server-only";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions/define-action.server";
import { CreateThreadSchema, ReplySchema, SetThreadResolvedSchema } from "@/lib/star/comment-schema";
import { createThread } from "@/lib/comments/create-thread.server";
import { replyToThread } from "@/lib/comments/reply-to-thread.server";
import { setThreadResolved } from "@/lib/comments/set-thread-resolved.server";

// Server actions of review comments (issue 9 §3). Pages hand them to the components that call
// them; each one reaches the draft and the thread through the access layer again.

const revalidateDraft = (draftId: string) => {
  revalidatePath(`/review/${draftId}`);
  revalidatePath(`/drafts/${draftId}/comments`);
  revalidatePath("/review");
};

export const createThreadAction = defineAction({
  name: "createThread",
  schema: CreateThreadSchema,
  invalid: "The comment could not be read. Select the words again and retry.",
  failure: "The comment could not be saved. It is still in the box; try again in a moment.",
  run: (input, actor) => createThread(actor, input),
  after: (_data, { draftId }) => revalidateDraft(draftId),
  message: () => "Comment added. The candidate sees it beside their draft.",
});

export const replyAction = defineAction({
  name: "replyToThread",
  schema: ReplySchema,
  invalid: "The reply could not be read. Try again.",
  failure: "The reply could not be saved. It is still in the box; try again in a moment.",
  run: (input, actor) => replyToThread(actor, input),
  after: (_data, { draftId }) => revalidateDraft(draftId),
  message: () => "Reply sent.",
});

export const setThreadResolvedAction = defineAction({
  name: "setThreadResolved",
  schema: SetThreadResolvedSchema,
  invalid: "That thread could not be found. Reload the page and try again.",
  failure: "The thread could not be changed. Try again in a moment.",
  run: (input, actor) => setThreadResolved(actor, input),
  after: (_data, { draftId }) => revalidateDraft(draftId),
  message: ({ resolved }) => (resolved ? "Thread resolved. It stays below, collapsed." : "Thread reopened."),
});
