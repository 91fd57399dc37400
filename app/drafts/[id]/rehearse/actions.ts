"use server";

import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { recordRehearsal } from "@/lib/rehearsals/record-rehearsal";
import { RecordRehearsalSchema, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";

export type RecordRehearsalState =
  | { ok: true; seconds: number; message: string }
  | { ok: false; message: string; errors: { seconds?: string[] } }
  | null;

export async function recordRehearsalAction(_prev: RecordRehearsalState, formData: FormData): Promise<RecordRehearsalState> {
  const parsed = RecordRehearsalSchema.safeParse({ draftId: formData.get("draftId"), seconds: formData.get("seconds") });
  if (!parsed.success) {
    const seconds = parsed.error.issues.map((issue) => issue.message);
    return { ok: false, message: seconds[0] ?? "The run could not be saved.", errors: { seconds } };
  }
  let seconds: number;
  try {
    const user = await requireUser();
    ({ seconds } = await recordRehearsal(user.id, parsed.data));
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: {} };
    console.error("recordRehearsalAction failed", error);
    return { ok: false, message: "The run could not be saved. Try again in a moment.", errors: {} };
  }
  revalidatePath(`/drafts/${parsed.data.draftId}/rehearse`);
  revalidatePath("/drafts");
  return { ok: true, seconds, message: `Run saved: ${spokenDuration(seconds)}.` };
}
