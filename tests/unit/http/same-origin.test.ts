import { describe, expect, it } from "vitest";

import { isSameOriginRequest } from "@/lib/http/same-origin";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts a request whose Origin names the Host it was sent to", () => {
    expect(isSameOriginRequest(headers({ origin: "http://127.0.0.1:3200", host: "127.0.0.1:3200" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://gameday.example", host: "gameday.example" }))).toBe(true);
  });

  it("uses X-Forwarded-Host behind a proxy", () => {
    expect(isSameOriginRequest(headers({ origin: "https://gameday.example", host: "10.0.0.5:3000", "x-forwarded-host": "gameday.example" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "gameday.example", "x-forwarded-host": "gameday.example" }))).toBe(false);
  });

  it("refuses another site, another port, a missing or opaque Origin, and a missing Host", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "gameday.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3200" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "gameday.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "gameday.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "not a url", host: "gameday.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "https://gameday.example" }))).toBe(false);
  });
});
