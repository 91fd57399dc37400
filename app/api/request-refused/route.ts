import { REFUSAL_HEADER } from "@/lib/ops/http-gate";

export const dynamic = "force-dynamic";

// Answers the requests lib/ops/http-gate.ts diverts here before Next.js would fail on them
// with a bare 500. The gate sets the refusal header itself (and removes any sent by a
// client), so without it this is just a path that does not exist.
const REFUSALS = {
  bad_path: { status: 400, message: "That address is not valid: it contains a broken %-escape. Check the link and try again." },
  too_large: { status: 413, message: "That request is larger than 1 MB, more than any Gameday page sends. Nothing was saved." },
} as const;

function refuse(request: Request): Response {
  const refusal = REFUSALS[request.headers.get(REFUSAL_HEADER) as keyof typeof REFUSALS];
  if (!refusal) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers = { "Cache-Control": "no-store", Connection: "close" };
  if (request.headers.get("accept")?.includes("text/html")) {
    return new Response(`${refusal.message}\n`, { status: refusal.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return Response.json({ ok: false, kind: "error", message: refusal.message }, { status: refusal.status, headers });
}

export const GET = refuse;
export const HEAD = refuse;
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
export const OPTIONS = refuse;
