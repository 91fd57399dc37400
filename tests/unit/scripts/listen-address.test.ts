import { describe, expect, it } from "vitest";

// @ts-expect-error: a plain .mjs module of the command-line scripts, without types.
import { listenAddress } from "../../../scripts/lib/run.mjs";

describe("npm start's listen address", () => {
  it("serves this machine only unless HOST says otherwise", () => {
    expect(listenAddress({})).toEqual({ host: "127.0.0.1", port: "3000" });
    expect(listenAddress({ HOST: "0.0.0.0", PORT: "8080" })).toEqual({ host: "0.0.0.0", port: "8080" });
    expect(listenAddress({ HOST: " ", PORT: "" })).toEqual({ host: "127.0.0.1", port: "3000" });
  });
});
