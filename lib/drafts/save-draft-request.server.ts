import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { fieldErrors, SaveDraftSchema } from "@/lib/drafts/draft-schema";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import type { SaveDraftState } from "@/lib/drafts/draft-schema";
import { isAppError } from "@/lib/errors";

/**
 * One save from the editor, whatever carried it (a normal request, or a keepalive request
 * sent while the page is being left): parse with the draft schema, resolve the caller,
 * save as that caller, and describe the outcome in words the editor can show.
 */
export async function saveDraftRequest(actor: Actor, input: unknown): Promise<SaveDraftState> {
  const parsed = SaveDraftSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      kind: "invalid",
      message: "Some fields need attention before this can be saved.",
      errors: fieldErrors(parsed.error),
    };
  }
  try {
    const result = await saveDraft(actor, parsed.data);
    if (result.status === "conflict") {
      return {
        ok: false,
        kind: "conflict",
        message: "This draft was saved somewhere else after you opened it. Nothing was overwritten.",
        current: { ...result.current, updatedAt: result.current.updatedAt.toISOString() },
      };
    }
    return { ok: true, version: result.version, savedAt: result.savedAt.toISOString(), score: result.score };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return { ok: false, kind: "not_found", message: error.message };
    if (isAppError(error)) return { ok: false, kind: "error", message: error.message };
    console.error("saveDraftRequest failed", error);
    return { ok: false, kind: "error", message: "The server could not save. Your text is still here; try again." };
  }
}
