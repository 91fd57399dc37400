// Pure: does a request come from a page of this same site? Route handlers that change
// data check it, because unlike server actions they get no cross-site protection from
// Next.js. Browsers label requests with Sec-Fetch-Site and send Origin with every POST
// (fetch, keepalive, forms); a request from another site, or with neither header, is refused.

export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return site === "same-origin";
  // Behind a proxy the Host the browser used arrives as X-Forwarded-Host (as Next.js's own
  // server-action check reads it); otherwise it is the Host header itself.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
