"use server";

import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth/current-user";
import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { drillFieldErrors, SaveDrillAnswerSchema, type DrillFieldErrors } from "@/lib/drills/drill-schema";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer";
import { isAppError } from "@/lib/errors";

export type SaveDrillAnswerState =
  | { ok: true; answer: DrillAnswerView; message: string }
  | { ok: false; message: string; errors: DrillFieldErrors }
  | null;

export async function saveDrillAnswerAction(_prev: SaveDrillAnswerState, formData: FormData): Promise<SaveDrillAnswerState> {
  const input = { draftId: formData.get("draftId"), promptId: formData.get("promptId"), answer: formData.get("answer") };
  const parsed = SaveDrillAnswerSchema.safeParse(input);
  if (!parsed.success) {
    const errors = drillFieldErrors(parsed.error);
    return { ok: false, message: errors.answer?.[0] ?? "This answer could not be saved. Reload the page and try again.", errors };
  }
  let answer: DrillAnswerView;
  try {
    const user = await requireUser();
    answer = await saveDrillAnswer(user.id, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: {} };
    console.error("saveDrillAnswerAction failed", error);
    return { ok: false, message: "The server could not save this answer. Your text is still here; try again.", errors: {} };
  }
  revalidatePath(`/drafts/${parsed.data.draftId}/drill`);
  const met = answer.statuses.filter((item) => item.status === "met").length;
  return { ok: true, answer, message: `Answer saved. It covers ${met} of ${answer.statuses.length} targeted point${answer.statuses.length === 1 ? "" : "s"}.` };
}
