import { describe, expect, it } from "vitest";

import { describeError } from "@/lib/ops/logger";
import { mayReadMetrics } from "@/lib/ops/metrics-access";
import { hasValidEscapes, routeLabel } from "@/lib/ops/route-label";

describe("routeLabel", () => {
  it("folds ids into route patterns and keeps the list of labels short", () => {
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/drafts?archived=1")).toBe("/drafts");
    expect(routeLabel("/drafts/trash")).toBe("/drafts/trash");
    expect(routeLabel("/drafts/cm1abc")).toBe("/drafts/[id]");
    expect(routeLabel("/drafts/cm1abc/history")).toBe("/drafts/[id]/history");
    expect(routeLabel("/drafts/cm1abc/export")).toBe("/drafts/[id]/export");
    expect(routeLabel("/api/drafts/cm1abc/save")).toBe("/api/drafts/[id]/save");
    expect(routeLabel("/_next/static/chunks/abc.js")).toBe("/_next/static");
    expect(routeLabel("/wp-login.php")).toBe("other");
    expect(routeLabel("/drafts/a/b/c")).toBe("other");
  });
});

describe("hasValidEscapes", () => {
  it("accepts paths whose %-escapes decode and refuses broken ones", () => {
    expect(hasValidEscapes("/drafts/abc")).toBe(true);
    expect(hasValidEscapes("/drafts/caf%C3%A9?q=%ZZ")).toBe(true); // the query string is not the path
    expect(hasValidEscapes("/drafts/%ZZ")).toBe(false);
    expect(hasValidEscapes("/drafts/%E0%A4%A")).toBe(false);
    expect(hasValidEscapes("/%")).toBe(false);
  });
});

describe("mayReadMetrics", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("serves a scraper on this machine, as the HTTP gate saw it", () => {
    expect(mayReadMetrics(headers({ "x-gameday-peer": "loopback" }), undefined)).toBe(true);
    expect(mayReadMetrics(headers({ "x-gameday-peer": "remote" }), undefined)).toBe(false);
    expect(mayReadMetrics(headers({}), undefined)).toBe(false);
  });
  it("serves anyone else only with the exact token", () => {
    const token = "s3cret-token-value";
    expect(mayReadMetrics(headers({ authorization: `Bearer ${token}` }), token)).toBe(true);
    expect(mayReadMetrics(headers({ authorization: "Bearer s3cret-token-valuE" }), token)).toBe(false);
    expect(mayReadMetrics(headers({ authorization: "Bearer s3cret" }), token)).toBe(false);
    expect(mayReadMetrics(headers({ authorization: "Bearer " }), "")).toBe(false);
  });
});

describe("describeError", () => {
  it("keeps the kind and the first line of the message, never what follows", () => {
    const error = Object.assign(new Error("Invalid `prisma.draft.updateMany()` invocation:\n{ data: { situation: \"my secret story\" } }"), { code: "P2009" });
    const described = describeError(error);
    expect(described).toEqual({ name: "Error", code: "P2009", message: "Invalid `prisma.draft.updateMany()` invocation:" });
    expect(JSON.stringify(described)).not.toContain("secret story");
  });
});

describe("opsEnv", () => {
  it("accepts nothing set, and refuses a short metrics token or an unknown log level with a sentence", async () => {
    const { opsEnv } = await import("@/lib/ops/ops-env");
    expect(opsEnv({})).toEqual({});
    expect(opsEnv({ METRICS_TOKEN: "x".repeat(16), LOG_LEVEL: "warn" })).toEqual({ METRICS_TOKEN: "x".repeat(16), LOG_LEVEL: "warn" });
    expect(() => opsEnv({ METRICS_TOKEN: "short" })).toThrow(/at least 16 characters/);
    expect(() => opsEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
