import { afterEach, beforeEach, vi } from "vitest";

// A test that makes the code under test log an unexpected console.error fails:
// errors users never see are still bugs. A test that expects one clears the spy's
// calls itself (vi.mocked(console.error).mockClear()) after asserting on them.
let spy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  spy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  if (calls.length > 0) {
    throw new Error(`Unexpected console.error: ${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`);
  }
});
