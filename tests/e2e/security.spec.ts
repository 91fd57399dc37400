import http from "node:http";

import { expect, test } from "./fixtures";

// Issue 9 §4, over real HTTP against the production build: security headers on every
// response, a per-request CSP nonce on every script, no answer for a foreign Host (DNS
// rebinding), no cross-site writes to route handlers, no framing by another site.

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request with exactly these headers (fetch would not let a test set Host). */
function raw(baseURL: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, baseURL);
  return new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? "GET", headers: { host: url.host, ...options.headers } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    if (options.body) request.write(options.body);
    request.end();
  });
}

const PATHS = ["/", "/drafts", "/drafts/trash", "/api/health", "/drafts/no-such-draft/export", "/no-such-page", "/icon.svg"];

test.describe("security headers", () => {
  test("every response carries them, with a strict script policy", async ({ baseURL }) => {
    for (const path of PATHS) {
      const { headers } = await raw(baseURL!, path);
      const csp = String(headers["content-security-policy"]);
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, path).not.toMatch(/'unsafe-eval'/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      // Plain HTTP: no HSTS (it would pin a name to HTTPS that this server does not serve).
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("HSTS is sent when the request came over HTTPS (behind a TLS proxy)", async ({ baseURL }) => {
    const { headers } = await raw(baseURL!, "/", { headers: { "x-forwarded-proto": "https" } });
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  test("the nonce is new on every request and on every script of the page", async ({ baseURL }) => {
    const first = await raw(baseURL!, "/");
    const second = await raw(baseURL!, "/");
    const nonceOf = (r: RawResponse) => /'nonce-([^']+)'/.exec(String(r.headers["content-security-policy"]))![1]!;
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`);
  });

  test("pages run under the policy: the editor hydrates and scores as you type", async ({ page }) => {
    // The console guard (fixtures.ts) fails the test on any CSP violation.
    await page.goto("/drafts");
    await page.getByRole("button", { name: "New draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await page.getByRole("textbox", { name: /situation/i }).first().fill("I owned the metadata store; p99 under 20 ms.");
    await expect(page.getByText(/saved/i).first()).toBeVisible();
  });

  test.describe("framing", () => {
    test.use({ allowedConsoleErrors: /frame-ancestors|Refused to (display|frame)/ });
    test("another page cannot frame Gameday", async ({ page, baseURL }) => {
      let framedDocument = false;
      page.on("response", (response) => {
        if (response.url().endsWith("/drafts") && response.request().resourceType() === "document" && response.frame() !== page.mainFrame())
          framedDocument = true;
      });
      await page.setContent(`<iframe title="victim" src="${baseURL}/drafts" width="600" height="400"></iframe>`);
      await page.waitForTimeout(1_500);
      expect(framedDocument).toBe(true); // the response arrived…
      const frame = page.frames().find((f) => f !== page.mainFrame());
      // …but the browser refused to show it: the frame holds its own error page, not Gameday.
      expect(frame).toBeDefined();
      expect(frame!.url()).not.toContain(new URL(baseURL!).host);
      expect(await frame!.getByRole("link", { name: "My drafts" }).count()).toBe(0);
    });
  });
});

test.describe("host allowlist (DNS rebinding)", () => {
  test("a foreign Host gets no page, no data and no write", async ({ baseURL }) => {
    for (const path of ["/", "/drafts", "/api/health", "/drafts/no-such-draft/export"]) {
      const response = await raw(baseURL!, path, { headers: { host: `evil.example:${new URL(baseURL!).port}` } });
      expect(response.status, path).toBe(421);
      expect(response.body).not.toContain("<html");
    }
    const write = await raw(baseURL!, "/api/drafts/abc/save", {
      method: "POST",
      headers: { host: "evil.example", origin: "http://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(write.status).toBe(421);
  });

  test("X-Forwarded-Host cannot smuggle a foreign name past the check", async ({ baseURL }) => {
    const response = await raw(baseURL!, "/drafts", { headers: { "x-forwarded-host": "evil.example" } });
    expect(response.status).toBe(421);
  });

  test("the configured names are answered", async ({ baseURL }) => {
    const port = new URL(baseURL!).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await raw(baseURL!, "/api/health", { headers: { host } })).status, host).toBe(200);
    }
    // The loopback names on another port are not this server's.
    expect((await raw(baseURL!, "/api/health", { headers: { host: "localhost:1" } })).status).toBe(421);
  });
});

test("state-changing route handlers refuse cross-site requests", async ({ baseURL }) => {
  const host = new URL(baseURL!).host;
  for (const path of ["/api/drafts/abc/save", "/api/drill-answers"]) {
    const crossSite = await raw(baseURL!, path, {
      method: "POST",
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json" },
      body: "{}",
    });
    expect(crossSite.status, path).toBe(403);
    const noOrigin = await raw(baseURL!, path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(noOrigin.status, path).toBe(403);
    const sameSite = await raw(baseURL!, path, {
      method: "POST",
      headers: { origin: `http://${host}`, "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: "{}",
    });
    // Past the cross-site check, the handler itself answers: no session here, so 401.
    expect(sameSite.status, path).toBe(401);
  }
});

test("a server action from another site is refused with a sentence, before Next.js reads it", async ({ baseURL }) => {
  // Any action id: the refusal comes before the id is looked up. Without it Next.js's own
  // origin check answered 500 with an empty body (issue 10).
  const crossSite = await raw(baseURL!, "/drafts", {
    method: "POST",
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  expect(crossSite.status).toBe(403);
  expect(crossSite.body).toBe("Cross-site requests are not accepted.\n");
  // The same page's GET from anywhere still renders (a link from another site is fine).
  const link = await raw(baseURL!, "/sign-in", { headers: { "sec-fetch-site": "cross-site" } });
  expect(link.status).toBe(200);
});
