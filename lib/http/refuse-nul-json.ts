// PostgreSQL text cannot hold NUL (U+0000): an insert with one fails with "invalid byte
// sequence", which would surface as a 500. Our own schemas strip NUL from free text
// (lib/drafts/draft-schema.ts); for endpoints whose parsing is not ours (better-auth's sign-up,
// sign-in, reset), a JSON body with NUL in any string is refused with a 400 first. Found by
// tests/integration/bad-input.property.test.ts on PostgreSQL (issue 9 §4).

const MAX_DEPTH = 32;

/** True when any string (key or value) in a parsed JSON value holds NUL, or it nests deeper than anyone sends. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (typeof value !== "object" || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item, depth + 1));
}

export const NUL_REFUSED = "The request holds a character that cannot be stored (NUL). Remove it and try again.";

/** A 400 for a JSON body holding NUL; null for anything else (including bodies that are not JSON: the endpoint answers those). */
export async function refuseNulJson(request: Request): Promise<Response | null> {
  let body: unknown;
  try {
    body = JSON.parse(await request.clone().text());
  } catch {
    return null;
  }
  if (!holdsNul(body)) return null;
  return Response.json({ code: "INVALID_INPUT", message: NUL_REFUSED }, { status: 400, headers: { "Cache-Control": "no-store" } });
}
