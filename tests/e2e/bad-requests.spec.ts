import { readFileSync } from "node:fs";

import { expect, test } from "./fixtures";

// Requests Next.js itself would answer with a bare 500 (a broken %-escape in the path, a
// body over its 1 MB server-action limit) get a 4xx and a sentence (lib/ops/http-gate.ts).

const oneMegabyteAndMore = "a".repeat(1024 * 1024 + 100);

test("a path with a broken %-escape answers 400 with a message", async ({ request }) => {
  for (const path of ["/drafts/%ZZ", "/drafts/%ZZ/history", "/drafts/%E0%A4%A/export"]) {
    const response = await request.get(path, { headers: { accept: "text/html" } });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("That address is not valid");
  }
  const save = await request.post("/api/drafts/%ZZ/save", { data: { title: "x" } });
  expect(save.status()).toBe(400);
  expect(await save.json()).toMatchObject({ ok: false, message: expect.stringContaining("broken %-escape") });
});

test("a body over 1 MB answers 413 with a message: save route, drill route and server action", async ({ request, baseURL }) => {
  const headers = { origin: baseURL!, "content-type": "application/json" };
  const save = await request.post("/api/drafts/some-draft/save", { headers, data: JSON.stringify({ situation: oneMegabyteAndMore }) });
  expect(save.status()).toBe(413);
  expect(await save.json()).toMatchObject({ ok: false, message: expect.stringContaining("larger than 1 MB") });

  const drill = await request.post("/api/drill-answers", { headers, data: JSON.stringify({ answer: oneMegabyteAndMore }) });
  expect(drill.status()).toBe(413);

  // A real server action of this build (Next.js checks the id before the size).
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { workers: Record<string, unknown> }> };
  const actionId = Object.entries(manifest.node).find(([, entry]) => "app/drafts/page" in entry.workers)?.[0];
  expect(actionId).toBeTruthy();
  const action = await request.post("/drafts", {
    headers: { origin: baseURL!, "next-action": actionId!, "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([oneMegabyteAndMore]),
  });
  expect(action.status()).toBe(413);
  expect(await action.text()).toContain("larger than 1 MB");
});

test("every answer carries a request id; a well-formed incoming one is kept", async ({ request }) => {
  const fresh = await request.get("/api/health");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const given = await request.get("/api/health", { headers: { "x-request-id": "lb-1234abcd" } });
  expect(given.headers()["x-request-id"]).toBe("lb-1234abcd");
  const junk = await request.get("/api/health", { headers: { "x-request-id": "<script>" } });
  expect(junk.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("/api/metrics serves Prometheus text to this machine only, with save outcomes and latencies", async ({ request, baseURL }) => {
  // One refused save, so the save outcome counter has a sample.
  const invalid = await request.post("/api/drafts/any-draft/save", { headers: { origin: baseURL! }, data: { title: 42 } });
  expect(invalid.status()).toBe(400);
  // And one database read.
  expect((await request.get("/drafts/no-such-draft/export")).status()).toBe(404);

  const response = await request.get("/api/metrics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(/^gameday_draft_saves_total\{outcome="invalid"\} [1-9]/m);
  expect(text).toMatch(/^gameday_http_requests_total\{method="POST",route="\/api\/drafts\/\[id\]\/save",status="400"\} [1-9]/m);
  expect(text).toMatch(/^gameday_http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/api\/drafts\/\[id\]\/save"\} /m);
  expect(text).toMatch(/^gameday_db_query_duration_seconds_count\{statement="select"\} [1-9]/m);

  // Through a proxy (even one on this machine) it is someone else asking.
  const proxied = await request.get("/api/metrics", { headers: { "x-forwarded-for": "203.0.113.9" } });
  expect(proxied.status()).toBe(403);
  expect(await proxied.text()).toContain("METRICS_TOKEN");
  const spoofed = await request.get("/api/metrics", { headers: { "x-forwarded-for": "203.0.113.9", "x-gameday-peer": "loopback" } });
  expect(spoofed.status()).toBe(403);
});
