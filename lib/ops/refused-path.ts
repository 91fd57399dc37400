// Where the HTTP gate (lib/ops/http-gate.ts) sends a request it refuses before Next.js sees it:
// a path with a broken %-escape or a body over 1 MiB. The route there only answers the error.
// Shared with proxy.ts, which lets such a request through its cross-site check.
export const REFUSED_PATH = "/api/request-refused";
