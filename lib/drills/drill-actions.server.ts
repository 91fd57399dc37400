"use server";

import "server-only";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions/define-action.server";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer.server";
import { saveDrillAnswerOptions } from "@/lib/drills/save-drill-answer-request.server";

/** Autosave and the "Save answer" button both land here (and app/api/drill-answers on leaving). */
export const saveDrillAnswerAction = defineAction({
  ...saveDrillAnswerOptions,
  run: (input, actor) => saveDrillAnswer(actor, input),
  after: (_answer, { draftId }) => revalidatePath(`/drafts/${draftId}/drill`),
});
