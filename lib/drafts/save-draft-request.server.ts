import "server-only";

import { unstable_rethrow } from "next/navigation";

import { requireActor } from "@/lib/auth/current-actor.server";
import { fieldErrors, SaveDraftSchema } from "@/lib/drafts/draft-schema";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import type { SaveDraftState } from "@/lib/drafts/draft-schema";
import { isAppError } from "@/lib/errors";
import { describeError, logger } from "@/lib/ops/logger";
import { recordSave } from "@/lib/ops/metrics";

/**
 * One save from the editor, whatever carried it (a normal request, or a keepalive request
 * sent while the page is being left): parse with the draft schema, resolve the caller,
 * save as that caller, and describe the outcome in words the editor can show.
 */
export async function saveDraftRequest(input: unknown): Promise<SaveDraftState> {
  const started = performance.now();
  const state = await handleSave(input);
  // Metrics and the log say how it went, never what was written.
  const outcome = state.ok ? "ok" : state.kind;
  recordSave(outcome, (performance.now() - started) / 1000);
  if (outcome !== "ok") logger.info({ outcome }, "draft save refused");
  return state;
}

async function handleSave(input: unknown): Promise<SaveDraftState> {
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
    const actor = await requireActor();
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
    unstable_rethrow(error); // a redirect to sign-in is not a failed save
    if (isAppError(error) && error.code === "not_found") return { ok: false, kind: "not_found", message: error.message };
    if (isAppError(error)) return { ok: false, kind: "error", message: error.message };
    logger.error({ err: describeError(error) }, "draft save failed");
    return { ok: false, kind: "error", message: "The server could not save. Your text is still here; try again." };
  }
}
