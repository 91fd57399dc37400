import { timingSafeEqual } from "node:crypto";

import { PEER_HEADER } from "@/lib/ops/http-gate";
import { opsEnv } from "@/lib/ops/ops-env";

// Who may read /api/metrics: a scraper on this machine (loopback, no proxy in between, as
// lib/ops/http-gate.ts saw the socket), or anyone presenting METRICS_TOKEN as a bearer
// token (for a Prometheus elsewhere). The metrics name no user and no text, but they show
// traffic and errors, which is nobody else's business.
export function mayReadMetrics(headers: Headers, token: string | undefined = opsEnv().METRICS_TOKEN): boolean {
  if (headers.get(PEER_HEADER) === "loopback") return true;
  if (!token) return false;
  const presented = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
