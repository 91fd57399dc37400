import { randomUUID } from "node:crypto";
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

import { logger } from "@/lib/ops/logger";
import { metrics } from "@/lib/ops/metrics";
import { requestContext } from "@/lib/ops/request-context";
import { REFUSED_PATH } from "@/lib/ops/refused-path";
import { hasValidEscapes, routeLabel } from "@/lib/ops/route-label";

// Watches every HTTP request this Node process serves, from Node's own diagnostics channels
// (started from instrumentation.ts), before Next.js sees it and after the last byte is sent:
//  - gives it a request id (X-Request-Id in and out) and enters it for log lines below;
//  - notes whether it came straight from this machine (for /api/metrics, see peer-access.ts);
//  - diverts two kinds of request Next.js would answer with a bare 500 to our own clear 4xx
//    (app/api/request-refused/route.ts): a path with a broken %-escape (Next's router throws
//    while matching it, before any app code or proxy runs) and a body over 1 MiB (a server
//    action over Next's 1 MB limit throws "Body exceeded 1 MB limit" and answers 500);
//  - counts it and logs one line when it is done.
// Node-only: Next.js runs it in the process of `next start` (or `next dev`) that owns the socket.

export const PEER_HEADER = "x-gameday-peer";
export const REFUSAL_HEADER = "x-gameday-refusal";
/** The largest body any request may carry. Saves are at most ~256 KiB (app/api/drafts/[id]/save). */
export const MAX_BODY_BYTES = 1024 * 1024;

type Started = { at: bigint; requestId: string; route: string; method: string };
const started = new WeakMap<IncomingMessage, Started>();

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function onRequestStart({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
  const url = request.url ?? "/";
  const incoming = request.headers["x-request-id"];
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);

  // Straight from this machine: a loopback peer and no proxy in between (a reverse proxy on
  // this machine forwards everyone's requests from loopback, but says so in these headers).
  const forwarded = request.headers["x-forwarded-for"] || request.headers["forwarded"] || request.headers["x-real-ip"];
  const local = LOOPBACK.test(request.socket.remoteAddress ?? "") && !forwarded;
  request.headers[PEER_HEADER] = local ? "loopback" : "remote";

  const method = request.method ?? "GET";
  const action = request.headers["next-action"] ? " [action]" : "";
  delete request.headers[REFUSAL_HEADER];
  const length = Number(request.headers["content-length"] ?? 0);
  const refusal = !hasValidEscapes(url) ? "bad_path" : length > MAX_BODY_BYTES ? "too_large" : null;
  if (refusal) {
    request.headers[REFUSAL_HEADER] = refusal;
    delete request.headers["next-action"]; // answered by our route, not as a server action
    request.url = REFUSED_PATH;
  }

  const route = refusal === "bad_path" ? "malformed" : routeLabel(url) + action;
  started.set(request, { at: process.hrtime.bigint(), requestId, route, method });
  requestContext.enterWith({ requestId });
}

function onResponseFinish({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
  const start = started.get(request);
  if (!start) return;
  started.delete(request);
  const seconds = Number(process.hrtime.bigint() - start.at) / 1e9;
  const status = String(response.statusCode);
  const m = metrics();
  m.httpRequests.inc({ method: start.method, route: start.route, status });
  m.httpDuration.observe({ method: start.method, route: start.route }, seconds);
  const line = { requestId: start.requestId, method: start.method, route: start.route, status: response.statusCode, ms: Math.round(seconds * 10000) / 10 };
  if (start.route === "/_next/static") logger.debug(line, "request");
  else logger.info(line, "request");
}

const holder = globalThis as typeof globalThis & { __gamedayHttpGate?: boolean };

/** Subscribes once per process; later calls do nothing. */
export function watchHttpServer(): void {
  if (holder.__gamedayHttpGate) return;
  holder.__gamedayHttpGate = true;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => onRequestStart(message as Parameters<typeof onRequestStart>[0]));
  diagnosticsChannel.subscribe("http.server.response.finish", (message) => onResponseFinish(message as Parameters<typeof onResponseFinish>[0]));
}
