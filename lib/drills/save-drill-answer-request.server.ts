import "server-only";

import { defineAction } from "@/lib/actions/define-action.server";
import { SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer.server";

// One drill-answer save, whatever carried it: the page's server action
// (lib/drills/drill-actions.server.ts, which also refreshes the page) or the keepalive
// request sent while the page is being left (app/api/drill-answers).
export const saveDrillAnswerOptions = {
  name: "saveDrillAnswer",
  schema: SaveDrillAnswerSchema,
  invalid: "This answer could not be saved. Reload the page and try again.",
  failure: "The server could not save this answer. Your text is kept on this device.",
} as const;

export const saveDrillAnswerRequest = defineAction({
  ...saveDrillAnswerOptions,
  run: (input, actor) => saveDrillAnswer(actor, input),
});
