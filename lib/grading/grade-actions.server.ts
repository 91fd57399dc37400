"use server";

import "server-only";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions/define-action.server";
import { gradeDraft } from "@/lib/grading/grade-draft.server";
import { GradeDraftSchema } from "@/lib/star/grade-schema";

// The server action of grading (issue 9 §3). The review page hands it to the grade form.

/** A reviewer saves (or changes) their grade of a draft shared with them. */
export const gradeDraftAction = defineAction({
  name: "gradeDraft",
  schema: GradeDraftSchema,
  invalid: "The grade could not be read. Check the fields marked below and try again.",
  failure: "The grade could not be saved. Nothing is lost: try again in a moment.",
  run: (input, actor) => gradeDraft(actor, input),
  after: (_data, { draftId }) => {
    revalidatePath(`/review/${draftId}`);
    revalidatePath("/review/report");
  },
  message: ({ version }) => `Grade saved for version ${version}.`,
});
