import { saveDraftRequest } from "@/lib/drafts/save-draft-request.server";
import { isSameOriginRequest } from "@/lib/http/same-origin";

type Context = { params: Promise<{ id: string }> };

// Four sections at the 10,000-character limit, in UTF-8 and JSON-escaped, fit well under this.
const MAX_BODY_BYTES = 256 * 1024;

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * POST /api/drafts/:id/save — the editor's autosave. It is also sent with `keepalive`
 * when the candidate leaves the page, so a save started on the way out still lands.
 * Same code as every other save (lib/drafts/save-draft-request.ts): idempotent by the
 * client's save id, refused on a stale version, owner-checked.
 */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOriginRequest(request.headers)) return json({ ok: false, kind: "error", message: "Saves are only accepted from Gameday's own pages." }, 403);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return json({ ok: false, kind: "error", message: "That save is too large to accept." }, 413);

  const { id } = await params;
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return json({ ok: false, kind: "error", message: "That save is too large to accept." }, 413);
    body = JSON.parse(text);
  } catch {
    return json({ ok: false, kind: "invalid", message: "The save could not be read. Try again.", errors: {} }, 400);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return json({ ok: false, kind: "invalid", message: "The save could not be read. Try again.", errors: {} }, 400);
  }
  // The session is checked inside (401 as `signed_out`), with the database read it needs.
  const result = await saveDraftRequest(request.headers, { ...body, draftId: id });
  // A conflict is an expected answer the editor handles (it shows both versions), not a
  // failed request: 200 with ok: false keeps it out of the browser's error console.
  const status = result.ok ? 200 : { invalid: 400, conflict: 200, not_found: 404, signed_out: 401, error: 500 }[result.kind];
  return json(result, status);
}
