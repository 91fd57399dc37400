import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "gameday-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, report: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

function summarize(...files: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ["scripts/summarize-tests.mjs", ...files], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

// The shapes of the two reporters' JSON, cut down to the fields the summary reads.
const vitest = (tests: { fullName: string; status: string; failureMessages?: string[] }[]) => ({
  numPassedTests: tests.filter((t) => t.status === "passed").length,
  numFailedTests: tests.filter((t) => t.status === "failed").length,
  numPendingTests: 0,
  numTodoTests: 0,
  numFailedTestSuites: tests.some((t) => t.status === "failed") ? 1 : 0,
  testResults: [
    {
      name: join(process.cwd(), "tests/unit/a.test.ts"),
      status: tests.some((t) => t.status === "failed") ? "failed" : "passed",
      message: "",
      assertionResults: tests,
    },
  ],
});

const playwright = {
  stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
  errors: [],
  suites: [
    {
      title: "b.spec.ts",
      file: "b.spec.ts",
      specs: [],
      suites: [
        {
          title: "leaving the editor",
          file: "b.spec.ts",
          specs: [
            { title: "keeps the words", file: "b.spec.ts", tests: [{ status: "expected", results: [{ status: "passed" }] }] },
            {
              title: "undo after delete",
              file: "b.spec.ts",
              tests: [{ status: "flaky", results: [{ status: "failed", error: { message: "timed out" } }, { status: "passed" }] }],
            },
            {
              title: "closing the tab",
              file: "b.spec.ts",
              tests: [{ status: "unexpected", results: [{ status: "failed", error: { message: "\u001b[31mexpected 'saved'\u001b[39m\nreceived 'saving'" } }] }],
            },
          ],
        },
      ],
    },
  ],
};

describe("the closing summary of a test run", () => {
  it("names every failed test, with the first lines of its error, above the closing line", () => {
    const unit = write("unit.json", vitest([
      { fullName: "rubric scores a draft", status: "passed" },
      { fullName: "rubric caps a list", status: "failed", failureMessages: ["AssertionError: expected 64 to be below 26\n    at a.test.ts:3:1"] },
    ]));
    const e2e = write("e2e.json", playwright);
    const { code, out } = summarize(unit, e2e);
    expect(code).toBe(1);
    expect(out).toContain("summary: 2 failed:");
    expect(out).toContain("✘ tests/unit/a.test.ts › rubric caps a list");
    expect(out).toContain("AssertionError: expected 64 to be below 26");
    expect(out).toContain("✘ b.spec.ts › closing the tab");
    expect(out).toContain("expected 'saved'");
    expect(out).not.toContain("\u001b[");
    expect(out).not.toContain("keeps the words");
    // a test that passed on its retry counts as passed, and is named
    expect(out).toContain("summary: 1 passed only on a retry:");
    expect(out).toContain("~ b.spec.ts › undo after delete");
    expect(out.trim().split("\n").at(-1)).toBe("3 passed, 2 failed, 0 skipped");
  });

  it("prints only the closing line when everything passed, and counts a missing report as a failure", () => {
    const unit = write("ok.json", vitest([{ fullName: "rubric scores a draft", status: "passed" }]));
    expect(summarize(unit)).toEqual({ code: 0, out: "1 passed, 0 failed, 0 skipped\n" });
    expect(summarize(unit, join(dir, "absent.json"))).toEqual({ code: 1, out: "1 passed, 1 failed, 0 skipped\n" });
  });
});
