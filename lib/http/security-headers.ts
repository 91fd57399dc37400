// Pure: the security headers every response carries (issue 9 §4). The Content-Security-
// Policy allows scripts only from this origin and those carrying this request's nonce
// (Next.js puts the nonce on its own inline scripts when it finds it in the request's
// CSP header: see proxy.ts); no inline script runs without it, no other site may frame a
// page, and forms post only here.

export type SecurityHeaderOptions = {
  nonce: string;
  /** `next dev` evaluates code for fast refresh: only there is 'unsafe-eval' allowed. */
  development: boolean;
  /** Served over HTTPS (directly or behind a proxy that says so): add HSTS. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development }: Pick<SecurityHeaderOptions, "nonce" | "development">): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Styles: Tailwind's stylesheet, and style attributes React sets (a score bar's width).
    // Inline styles cannot run code; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    // Older browsers that ignore frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
