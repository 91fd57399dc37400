// Pure: the route a request path belongs to, as a metrics label. Labels must come from a
// short fixed list (each label value is a time series in Prometheus), so ids are folded
// into their pattern and anything unknown is "other".

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/^\/$/, "/"],
  [/^\/api\/drafts\/[^/]+\/save$/, "/api/drafts/[id]/save"],
  [/^\/api\/drill-answers$/, "/api/drill-answers"],
  [/^\/api\/health$/, "/api/health"],
  [/^\/api\/metrics$/, "/api/metrics"],
  [/^\/api\/request-refused$/, "/api/request-refused"],
  [/^\/drafts$/, "/drafts"],
  [/^\/drafts\/trash$/, "/drafts/trash"],
  [/^\/drafts\/[^/]+$/, "/drafts/[id]"],
  [/^\/drafts\/[^/]+\/(drill|history|rehearse|export)$/, "/drafts/[id]/$1"],
  [/^\/_next\/static\//, "/_next/static"],
  [/^\/(favicon\.ico|icon\.svg)$/, "/$1"],
];

export function routeLabel(url: string): string {
  const path = (url.split(/[?#]/, 1)[0] ?? "/").replace(/\/+$/, "") || "/";
  for (const [pattern, label] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return label.replace("$1", match[1] ?? "");
  }
  return "other";
}

/** Does every %-escape in the path decode? Next.js answers 500 with no body when one does not. */
export function hasValidEscapes(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
