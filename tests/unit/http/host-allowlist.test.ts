import { describe, expect, it } from "vitest";

import { buildHostAllowlist, isAllowedHost } from "@/lib/http/host-allowlist";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

describe("isAllowedHost", () => {
  const local = buildHostAllowlist({ PORT: "3000" });

  it("answers the loopback names on the configured port only", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "LOCALHOST:3000", "[::1]:3000"]) expect(isAllowedHost(host, local), host).toBe(true);
    for (const host of ["127.0.0.1:3001", "localhost", "evil.example:3000", "evil.example", "127.0.0.1.evil.example:3000", "", null]) {
      expect(isAllowedHost(host, local), String(host)).toBe(false);
    }
  });

  it("adds APP_URL's host and ALLOWED_HOSTS", () => {
    const deployed = buildHostAllowlist({ PORT: "3000", APP_URL: "https://gameday.example", ALLOWED_HOSTS: " gameday.lan:8080 , box " });
    expect(isAllowedHost("gameday.example", deployed)).toBe(true);
    expect(isAllowedHost("gameday.lan:8080", deployed)).toBe(true);
    expect(isAllowedHost("gameday.lan:9090", deployed)).toBe(false);
    expect(isAllowedHost("box:1234", deployed)).toBe(true);
    expect(isAllowedHost("evil.example", deployed)).toBe(false);
  });

  it("allows any loopback port when the port is not known", () => {
    const unknown = buildHostAllowlist({});
    expect(isAllowedHost("127.0.0.1:4567", unknown)).toBe(true);
    expect(isAllowedHost("evil.example:4567", unknown)).toBe(false);
  });
});

describe("securityHeaders", () => {
  it("allows scripts only by nonce, forbids framing, and adds HSTS only over HTTPS", () => {
    const nonce = newNonce();
    const headers = securityHeaders({ nonce, development: false, https: false });
    expect(headers["Content-Security-Policy"]).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ nonce, development: false, https: true })["Strict-Transport-Security"]).toMatch(/max-age=/);
    expect(contentSecurityPolicy({ nonce, development: true })).toContain("'unsafe-eval'");
    expect(newNonce()).not.toBe(nonce);
  });
});
