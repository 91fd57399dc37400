import { NextResponse, type NextRequest } from "next/server";

import { buildHostAllowlist, isAllowedHost } from "@/lib/http/host-allowlist";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";
import { REFUSED_PATH } from "@/lib/ops/refused-path";

// Runs before every request (Next.js 16's proxy, formerly middleware). It decides nothing
// about users or data (that is lib's access layer, CONVENTIONS.md #2); it guards the edge:
// 1. a Host this server is not configured under is refused (DNS rebinding, issue 9 §4);
// 2. a state-changing request from another site, to a route handler or a server action, is
//    refused with a sentence (the handlers check again themselves; Next.js's own check of an
//    action's origin answers 500 with no word for the caller, issue 10);
// 3. every response carries the security headers, with a fresh CSP nonce that Next.js reads
//    from the request's own CSP header and puts on the scripts it renders.

const allowlist = buildHostAllowlist({ PORT: process.env.PORT, APP_URL: process.env.APP_URL, ALLOWED_HOSTS: process.env.ALLOWED_HOSTS });
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const refuse = (status: number, message: string) =>
  new NextResponse(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function proxy(request: NextRequest) {
  const host = request.headers.get("host");
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (!isAllowedHost(host, allowlist) || (forwardedHost !== undefined && !isAllowedHost(forwardedHost, allowlist))) {
    // 421 Misdirected Request: this server does not answer for that name.
    return refuse(421, "This server does not answer for that host name.");
  }
  if (
    !SAFE_METHODS.has(request.method) &&
    (request.nextUrl.pathname.startsWith("/api/") || request.headers.has("next-action")) &&
    // a request the HTTP gate already refused (broken %-escape, body over 1 MiB) gets that
    // answer, which changes nothing (lib/ops/http-gate.ts, app/api/request-refused)
    request.nextUrl.pathname !== REFUSED_PATH &&
    !isSameOriginRequest(request.headers)
  ) {
    return refuse(403, "Cross-site requests are not accepted.");
  }

  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything, static files included (the Host check protects them too).
  matcher: "/:path*",
};
