"use server";

import "server-only";

import { revalidatePath } from "next/cache";

import { defineFormAction } from "@/lib/actions/define-action.server";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal.server";
import { RecordRehearsalSchema, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";

export const recordRehearsalAction = defineFormAction({
  name: "recordRehearsal",
  schema: RecordRehearsalSchema,
  invalid: "The run could not be saved.",
  failure: "The run could not be saved. Try again in a moment.",
  run: (input, actor) => recordRehearsal(actor, input),
  after: (_run, { draftId }) => {
    revalidatePath(`/drafts/${draftId}/rehearse`);
    revalidatePath("/drafts");
  },
  message: ({ seconds }) => `Run saved: ${spokenDuration(seconds)}.`,
});
