import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page
    .getByRole("textbox", { name: /^Situation/ })
    .fill("I owned the WAL archiver for our PostgreSQL fleet. Our target was an RPO of 60 seconds.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return new URL(page.url()).pathname;
}

test("a timed run: start, pause, resume, the 2–4 minute band, mark done, and the list of past runs", async ({ page }) => {
  const title = uniqueTitle("Timed story");
  const path = await newDraft(page, title);
  await page.clock.install({ time: new Date("2026-03-02T09:00:00Z") });
  await page.goto(`${path}/rehearse`);

  await expect(page.getByRole("heading", { level: 1, name: `Rehearse: ${title}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Outline" })).toBeVisible();
  await expect(page.getByText("I owned the WAL archiver for…")).toBeVisible();
  await expect(page.getByText("No runs yet.")).toBeVisible();
  // axe needs timers, so it runs before the clock is frozen.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "axe on rehearsal mode").toEqual([]);

  // Freeze time; from here on it moves only when the test says so.
  await page.clock.pauseAt(new Date("2026-03-02T09:05:00Z"));

  const elapsed = page.getByRole("timer");
  const band = page.getByTestId("band");
  await expect(elapsed).toHaveText("0:00");
  await expect(page.getByRole("button", { name: "Mark run done" })).toBeDisabled();

  // Keyboard only: focus Start and press Space.
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Space");
  await page.clock.runFor(65_000);
  await expect(elapsed).toHaveText("1:05");
  await expect(band).toHaveAttribute("data-band", "short");
  await expect(band).toContainText("Under 2 minutes");

  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(30_000);
  await expect(elapsed).toHaveText("1:05");

  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(95_000);
  await expect(elapsed).toHaveText("2:40");
  await expect(band).toHaveAttribute("data-band", "in-range");
  await expect(band).toContainText("Within 2–4 minutes");

  // Pause the run before letting time flow again, so the saved time is exact.
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.resume();
  await page.getByRole("button", { name: "Mark run done" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Run saved" })).toHaveText("Run saved: 2 minutes 40 seconds.");
  await expect(elapsed).toHaveText("0:00");
  const runs = page.getByTestId("runs").getByRole("listitem");
  await expect(runs).toHaveCount(1);
  await expect(runs.first()).toContainText("2:40");
  await expect(runs.first()).toContainText("Within 2–4 minutes");

  // A second, long run; Reset discards it, a short one is saved and listed first.
  await page.clock.pauseAt(new Date("2026-03-02T10:00:00Z"));
  await page.getByRole("button", { name: "Start" }).click();
  await page.clock.runFor(250_000);
  await expect(elapsed).toHaveText("4:10");
  await expect(band).toHaveAttribute("data-band", "long");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(elapsed).toHaveText("0:00");
  await page.getByRole("button", { name: "Start" }).click();
  await page.clock.runFor(30_000);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.resume();
  await page.getByRole("button", { name: "Mark run done" }).click();
  await expect(runs).toHaveCount(2);
  await expect(runs.nth(0)).toContainText("0:30");
  await expect(runs.nth(1)).toContainText("2:40");

  // The story bank shows the latest run.
  await page.goto("/drafts");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row.getByTestId("last-rehearsal")).toContainText("0:30");
});

test("rehearsal mode fits a 390 px wide phone", dbIndependent, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/drafts?q=WAL+archiver+gap");
  await page.getByRole("link", { name: "WAL archiver gap on the orders database" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.goto(`${new URL(page.url()).pathname}/rehearse`);
  await expect(page.getByRole("heading", { name: "Outline" })).toBeVisible();
  // The outline carries the story's opening words and the facts the rubric credited.
  await expect(page.getByRole("list", { name: "Key facts, Results" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("a missing draft", () => {
  // The browser reports the 404 document itself on the console; that one is expected.
  test.use({ allowedConsoleErrors: /status of 404/ });

  test("rehearsal mode for a draft that does not exist is a 404", async ({ page }) => {
    const response = await page.goto("/drafts/doesnotexist/rehearse");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
