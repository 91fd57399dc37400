import { getActorFromHeaders } from "@/lib/auth/current-actor.server";
import { saveDrillAnswerRequest } from "@/lib/drills/save-drill-answer-request.server";
import { statusOf } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * POST /api/drill-answers: the drill's save when the page is being left. The browser
 * sends it with `fetch(..., { keepalive: true })`, which outlives the page where a server
 * action would be cancelled. Same checks and the same idempotent save as the action.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers)) {
    return json({ ok: false, message: "Cross-site requests are not accepted." }, 403);
  }
  const actor = await getActorFromHeaders(request.headers);
  if (!actor) return json({ ok: false, message: "You are signed out. Sign in again to save this answer." }, 401);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ ok: false, message: "The request body must be JSON." }, 400);
  }
  // What the page's action runs too: one parse, one access check, one result shape.
  const result = await saveDrillAnswerRequest.runAs(actor, body);
  if (result.ok) return json({ ok: true, answer: result.data });
  return json({ ok: false, message: result.message }, statusOf(result.code));
}
