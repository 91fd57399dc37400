// Adds up the JSON reports of Vitest and Playwright runs and prints one closing line,
// "N passed, N failed" (plus skipped), the form CI reads. Exits 1 if any test failed
// or a report is missing. Above that line it names each failed test with the first lines
// of its error, so that the tail of a CI log is enough to know what broke, and each test that passed
// only on a retry (Playwright's "flaky"), which counts as passed but is the next failure's likeliest source.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
const failures = [];
const flaky = [];

const firstLines = (text, n = 6) =>
  String(text ?? "")
    // Colour codes make the log unreadable once it is quoted elsewhere.
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, n)
    .map((line) => `    ${line}`)
    .join("\n");

/** The failed and the flaky tests of a Playwright suite and its children, into `failures` and `flaky`. */
function readPlaywrightSuite(suite, file) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === "flaky") flaky.push(`${spec.file ?? file} › ${spec.title}`);
      if (test.status !== "unexpected") continue;
      const last = test.results?.at(-1);
      failures.push({ where: `${spec.file ?? file} › ${spec.title}`, error: last?.error?.message ?? last?.errors?.[0]?.message });
    }
  }
  for (const child of suite.suites ?? []) readPlaywrightSuite(child, suite.file ?? file);
}

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`summary: no report at ${file} (that suite did not run to the end)`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    for (const suite of report.suites ?? []) readPlaywrightSuite(suite, suite.file);
    for (const error of report.errors ?? []) {
      failed += 1;
      failures.push({ where: `${file}: an error outside any test`, error: error.message ?? error.stack });
    }
  } else {
    // Vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
    for (const result of report.testResults ?? []) {
      const where = relative(process.cwd(), result.name ?? "");
      const failedTests = (result.assertionResults ?? []).filter((test) => test.status === "failed");
      for (const test of failedTests) {
        failures.push({ where: `${where} › ${test.fullName ?? test.title}`, error: test.failureMessages?.join("\n") });
      }
      if (result.status === "failed" && failedTests.length === 0) {
        failures.push({ where: `${where} (the file itself)`, error: result.message });
      }
    }
  }
}

if (flaky.length > 0) {
  console.log(`summary: ${flaky.length} passed only on a retry:`);
  for (const where of flaky) console.log(`  ~ ${where}`);
}
if (failures.length > 0) {
  console.log(`summary: ${failures.length} failed:`);
  for (const { where, error } of failures) {
    console.log(`  ✘ ${where}`);
    const lines = firstLines(error);
    if (lines) console.log(lines);
  }
}
console.log(`${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exit(failed + missing > 0 ? 1 : 0);
