import { expect, test, uniqueTitle } from "./fixtures";

// The engine lives in a Web Worker that starts when the person starts to edit, not when the
// page loads: reading a draft never downloads it (issue #10's first-load budget), and the first
// score after an edit still comes from it.
test("the scoring worker starts on the first edit, not on page load, and then scores", async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await expect(page.getByTestId("live-score")).toHaveText("0");
  await page.waitForLoadState("networkidle");
  expect(page.workers(), "no worker before the person edits").toHaveLength(0);

  const started = page.waitForEvent("worker");
  await page.getByRole("textbox", { name: "Draft title" }).focus();
  await started;
  await page.getByRole("textbox", { name: "Draft title" }).fill(uniqueTitle("Worker"));

  const slo = page.locator('[data-item="slo"]');
  await page
    .getByRole("textbox", { name: /^Situation/ })
    .fill("I owned the lease service of our metadata store; our target was p99 under 10 ms at 40,000 requests per second.");
  await expect(slo).toHaveAttribute("data-status", "met");
  await expect(page.getByTestId("live-score")).not.toHaveText("0");
  expect(page.workers()).toHaveLength(1);
});

// While the worker is loading (or still scoring), the checklist's score is of older text. The
// panel says so, and the length line counts the text as typed, not the last score's words.
test("while the scoring worker loads, the panel says it is updating and counts the words typed", async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  const path = new URL(page.url()).pathname;

  // Learn the worker script's address, then hold that script back on the next page load.
  const started = page.waitForEvent("worker");
  await page.getByRole("textbox", { name: "Draft title" }).focus();
  const workerUrl = (await started).url();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(workerUrl, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${path}?step=all`);

  const panel = page.getByRole("complementary", { name: "Interviewer checklist" });
  await expect(panel).toHaveAttribute("aria-busy", "false");
  await expect(page.getByTestId("score-pending")).toHaveCount(0);
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the lease service of our metadata store.");
  await expect(page.getByTestId("score-pending")).toBeVisible();
  await expect(panel).toHaveAttribute("aria-busy", "true");
  await expect(page.getByTestId("word-count").first()).toHaveText("9");
  await expect(page.getByTestId("live-score")).toHaveText("0");

  // On a phone the score bar above the editor says so too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId("score-bar-pending")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });

  release();
  await expect(page.getByTestId("score-pending")).toHaveCount(0);
  await expect(page.getByTestId("score-bar-pending")).toHaveCount(0);
  await expect(panel).toHaveAttribute("aria-busy", "false");
  await expect(page.getByTestId("live-score")).not.toHaveText("0");
  await expect(page.getByTestId("word-count").first()).toHaveText("9");
});
