import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { resolveAuthSecret } from "@/lib/auth/auth-secret.server";

describe("resolveAuthSecret", () => {
  it("generates a secret into the data folder on first start (owner-only) and reuses it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gameday-secret-"));
    const first = resolveAuthSecret({ DATABASE_URL: "file:./data/gameday.db" }, dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
    expect(resolveAuthSecret({}, dir)).toBe(first);
  });

  it("takes BETTER_AUTH_SECRET when given, and requires it on PostgreSQL", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gameday-secret-"));
    const given = "x".repeat(40);
    expect(resolveAuthSecret({ BETTER_AUTH_SECRET: given, DATABASE_URL: "postgresql://a@b/c" }, dir)).toBe(given);
    expect(() => resolveAuthSecret({ DATABASE_URL: "postgresql://a@b/c" }, dir)).toThrow(/BETTER_AUTH_SECRET is required/);
    expect(() => resolveAuthSecret({ BETTER_AUTH_SECRET: "short" }, dir)).toThrow(/at least 32/);
  });
});
