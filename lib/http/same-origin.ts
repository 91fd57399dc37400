/**
 * True when a state-changing request comes from our own pages. Browsers label every
 * request with Sec-Fetch-Site; older ones send Origin, which must name the host the
 * request was sent to. A request with neither (curl, a test client) is not a browser
 * acting for someone else, so it passes.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
