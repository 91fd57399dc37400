import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I worked on a backend service. It had to be fast.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return new URL(page.url()).pathname;
}

const ANSWER =
  "The component was the shard router in front of our key-value store: every read and write passed through it, so when it misbehaved every checkout call failed. Our SLO was p99 under 20 ms at 40,000 requests per second.";

test("the drill asks follow-ups for the draft's gaps, saves and scores each answer, and keeps it on reload", async ({ page }) => {
  const path = await newDraft(page, uniqueTitle("Drill story"));
  await page.goto(`${path}/drill`);

  await expect(page.getByRole("heading", { level: 1, name: "Follow-up drill" })).toBeVisible();
  const questions = page.getByRole("list", { name: "Follow-up questions" }).getByRole("listitem");
  const count = await questions.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(8);
  await expect(page.getByText(`0 of ${count} answered.`)).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "axe on the drill").toEqual([]);

  const first = page.getByRole("region", { name: new RegExp(`^Question 1 of ${count}`) });
  const answerBox = first.getByRole("textbox", { name: /Your answer/ });
  await expect(first.getByText(`0 / 2,000 characters`)).toBeVisible();

  // Over the limit: the count warns and saving is refused with a message; nothing is stored.
  await answerBox.fill("x".repeat(2_050));
  await expect(first.getByText("Over the limit by 50 characters")).toBeVisible();
  await first.getByRole("button", { name: "Save answer" }).click();
  await expect(first.getByRole("status")).toContainText("the limit is 2,000");
  await expect(answerBox).toHaveAttribute("aria-invalid", "true");

  // A real answer, submitted from the keyboard alone.
  await answerBox.fill(ANSWER);
  await first.getByRole("button", { name: "Save answer" }).focus();
  await page.keyboard.press("Enter");
  await expect(first.getByRole("status")).toContainText("Saved");
  const scores = first.getByRole("list", { name: "How the saved answer scores" }).getByRole("listitem");
  await expect(scores.first()).toBeVisible();
  await expect(scores.first()).toHaveText(/: (Met|Partly met|Missing)$/);
  await expect(answerBox).toHaveValue(ANSWER);
  const statusesBefore = await scores.allTextContents();

  await page.reload();
  const reloaded = page.getByRole("region", { name: new RegExp(`^Question 1 of ${count}`) });
  await expect(reloaded.getByRole("textbox", { name: /Your answer/ })).toHaveValue(ANSWER);
  await expect(reloaded.getByRole("list", { name: "How the saved answer scores" }).getByRole("listitem")).toHaveText(statusesBefore);
  await expect(page.getByText(`1 of ${count} answered.`)).toBeVisible();
  await expect(reloaded.getByRole("status")).toContainText("Saved");

  const after = await new AxeBuilder({ page }).analyze();
  expect(after.violations, "axe on the drill with a saved answer").toEqual([]);
});

test.describe("a missing draft", () => {
  // The browser reports the 404 document itself on the console; that one is expected.
  test.use({ allowedConsoleErrors: /status of 404/ });

  test("a drill for a draft that does not exist (or is someone else's) is a 404", async ({ page }) => {
    const response = await page.goto("/drafts/doesnotexist/drill");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test("the drill fits a 390 px wide phone", dbIndependent, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const path = await newDraft(page, uniqueTitle("Phone drill"));
  await page.goto(`${path}/drill`);
  await expect(page.getByRole("heading", { level: 1, name: "Follow-up drill" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
