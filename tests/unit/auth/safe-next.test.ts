import { describe, expect, it } from "vitest";

import { safeNext, sameSitePath, withNext } from "@/lib/auth/safe-next";

describe("safeNext / withNext", () => {
  it("keeps a path inside the app", () => {
    expect(safeNext("/invite/AbC_-123")).toBe("/invite/AbC_-123");
    expect(withNext("/sign-up", "/invite/AbC_-123")).toBe("/sign-up?next=%2Finvite%2FAbC_-123");
    expect(withNext("/sign-in", "/review/abc")).toBe("/sign-in?next=%2Freview%2Fabc");
  });

  it.each([
    ["another site, protocol-relative", "//evil.example/x"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a query", "/drafts?x=1"],
    ["an encoded slash trick", "/%2F%2Fevil.example"],
    ["not a path", "drafts"],
    ["several values", ["/drafts", "//evil.example"]],
    ["nothing", undefined],
    ["far too long", `/${"a".repeat(600)}`],
  ])("refuses %s", (_label, next) => {
    expect(sameSitePath(next)).toBeNull();
    expect(safeNext(next)).toBe("/drafts");
    expect(withNext("/sign-up", next)).toBe("/sign-up");
  });
});
