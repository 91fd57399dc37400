import { describe, expect, it } from "vitest";

// @ts-expect-error: a plain .mjs module of the command-line scripts, without types.
import { listenAddress } from "../../../scripts/lib/run.mjs";

describe("npm start's listen address", () => {
  it("serves this machine only unless HOST says otherwise", () => {
    expect(listenAddress({})).toEqual({ host: "127.0.0.1", port: "3000", keepAlive: "65000" });
    expect(listenAddress({ HOST: "0.0.0.0", PORT: "8080" })).toEqual({ host: "0.0.0.0", port: "8080", keepAlive: "65000" });
    expect(listenAddress({ HOST: " ", PORT: "" })).toEqual({ host: "127.0.0.1", port: "3000", keepAlive: "65000" });
  });

  it("keeps idle connections open longer than a load balancer's idle timeout, as KEEP_ALIVE_MS says", () => {
    expect(listenAddress({ KEEP_ALIVE_MS: "120000" }).keepAlive).toBe("120000");
    for (const bad of ["5s", "999", "-1", "3600001", "1e5"]) {
      expect(() => listenAddress({ KEEP_ALIVE_MS: bad }), bad).toThrow(/KEEP_ALIVE_MS must be a whole number/);
    }
  });
});
