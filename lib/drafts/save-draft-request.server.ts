import "server-only";

import { unstable_rethrow } from "next/navigation";

import { getActorFromHeaders } from "@/lib/auth/current-actor.server";
import { fieldErrors, SaveDraftSchema } from "@/lib/drafts/draft-schema";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import type { SaveDraftState } from "@/lib/drafts/draft-schema";
import { isAppError } from "@/lib/errors";
import { describeError, logger } from "@/lib/ops/logger";
import { recordSave } from "@/lib/ops/metrics";

/**
 * One save from the editor, whatever carried it (a normal request, or a keepalive request
 * sent while the page is being left): resolve the caller from the request's session cookie,
 * parse with the draft schema, save as that caller, and describe the outcome in words the
 * editor can show (`signed_out` when there is no session: the route answers 401).
 */
export async function saveDraftRequest(requestHeaders: Headers, input: unknown): Promise<SaveDraftState> {
  const started = performance.now();
  const state = await handleSave(requestHeaders, input);
  // Metrics and the log say how it went, never what was written.
  const outcome = state.ok ? "ok" : state.kind;
  recordSave(outcome, (performance.now() - started) / 1000);
  if (outcome !== "ok") logger.info({ outcome }, "draft save refused");
  return state;
}

async function handleSave(requestHeaders: Headers, input: unknown): Promise<SaveDraftState> {
  try {
    // Who is saving comes first (an anonymous caller learns nothing about the body) and sits
    // inside the try: the session is a database read, so an outage is a failed save, not a 500 crash.
    const actor = await getActorFromHeaders(requestHeaders);
    if (!actor) return { ok: false, kind: "signed_out", message: "You are signed out. Sign in again to save; your text is kept on this device." };
    const parsed = SaveDraftSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        kind: "invalid",
        message: "Some fields need attention before this can be saved.",
        errors: fieldErrors(parsed.error),
      };
    }
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
    unstable_rethrow(error); // Next.js control flow (a redirect, notFound) is not a failed save
    if (isAppError(error) && error.code === "not_found") return { ok: false, kind: "not_found", message: error.message };
    if (isAppError(error)) return { ok: false, kind: "error", message: error.message };
    logger.error({ err: describeError(error) }, "draft save failed");
    return { ok: false, kind: "error", message: "The server could not save. Your text is still here; try again." };
  }
}
