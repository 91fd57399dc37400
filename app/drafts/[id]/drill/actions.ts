"use server";

import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth/current-user";
import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer";
import { isAppError } from "@/lib/errors";

export type SaveDrillAnswerResult =
  | { ok: true; answer: DrillAnswerView }
  // "invalid": sending it again will not help (fix the text or reload); "error": try again later.
  | { ok: false; kind: "invalid" | "error"; message: string };

/** Autosave and the "Save answer" button both land here (and app/api/drill-answers on leaving). */
export async function saveDrillAnswerAction(input: unknown): Promise<SaveDrillAnswerResult> {
  const parsed = SaveDrillAnswerSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, kind: "invalid", message: parsed.error.issues[0]?.message ?? "This answer could not be saved. Reload the page and try again." };
  }
  let answer: DrillAnswerView;
  try {
    const user = await requireUser();
    answer = await saveDrillAnswer(user.id, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { ok: false, kind: error.code === "unavailable" ? "error" : "invalid", message: error.message };
    console.error("saveDrillAnswerAction failed", error);
    return { ok: false, kind: "error", message: "The server could not save this answer. Your text is kept on this device." };
  }
  revalidatePath(`/drafts/${parsed.data.draftId}/drill`);
  return { ok: true, answer };
}
