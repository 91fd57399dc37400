import { requireUser } from "@/lib/auth/current-user";
import { SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { saveDrillAnswer } from "@/lib/drills/save-drill-answer";
import { isAppError } from "@/lib/errors";
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
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ ok: false, message: "The request body must be JSON." }, 400);
  }
  const parsed = SaveDrillAnswerSchema.safeParse(body);
  if (!parsed.success) {
    return json({ ok: false, message: parsed.error.issues[0]?.message ?? "Check the answer and try again." }, 400);
  }
  try {
    const user = await requireUser();
    const answer = await saveDrillAnswer(user.id, parsed.data);
    return json({ ok: true, answer });
  } catch (error) {
    if (isAppError(error)) return json({ ok: false, message: error.message }, error.status);
    console.error("POST /api/drill-answers failed", error);
    return json({ ok: false, message: "The server could not save this answer." }, 500);
  }
}
