import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

async function newDraft(page: Page, title: string, situation: string): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill(situation);
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return new URL(page.url()).pathname;
}

const rowOf = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });

test("tag a story from the keyboard, then find it by tag and by text; no matches can be cleared", async ({ page }) => {
  const word = `zebrafish${Date.now().toString(36)}`;
  const title = uniqueTitle("Tagged story");
  await newDraft(page, title, `I owned the ${word} ingestion queue for our analytics store.`);
  await page.goto("/drafts");

  const row = rowOf(page, title);
  await expect(row.getByText("No tags")).toBeVisible();
  await expect(row.getByTestId("last-rehearsal")).toHaveText("Not rehearsed yet");
  await expect(row.getByText("Not scored").or(row.getByText(/\d+\/100/))).toBeVisible();

  // Keyboard only: open the form, type, press Enter.
  await row.getByRole("button", { name: "Edit tags" }).focus();
  await page.keyboard.press("Enter");
  const tags = row.getByRole("textbox", { name: "Tags" });
  await expect(tags).toBeFocused();
  await page.keyboard.type(`${"x".repeat(25)}`);
  await page.keyboard.press("Enter");
  await expect(row.getByText("is longer than 24 characters")).toBeVisible();
  await tags.fill("Postgres, On-Call, postgres");
  await page.keyboard.press("Enter");
  await expect(row.getByRole("status").filter({ hasText: "Tags saved" })).toHaveText("Tags saved: postgres, on-call.");
  await expect(row.getByRole("button", { name: "Edit tags" })).toBeFocused();
  const tagLinks = row.getByRole("list", { name: "Tags" }).getByRole("link");
  await expect(tagLinks).toHaveText([/postgres$/, /on-call$/]);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "axe on the story bank").toEqual([]);

  // Filter by tag with the filter form.
  await page.getByRole("combobox", { name: "Tag" }).selectOption("on-call");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]tag=on-call/);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "WAL archiver gap on the orders database" })).toHaveCount(0);

  // Search by words from the story text, case-insensitively.
  await page.goto("/drafts");
  await page.getByRole("searchbox", { name: "Search stories" }).fill(word.toUpperCase());
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word.toUpperCase()}`));
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Drafts" }).locator(":scope > li")).toHaveCount(1);

  // No matches: a clear state with a way back.
  await page.goto(`/drafts?q=${word}&tag=no-such-tag`);
  await expect(page.getByRole("heading", { name: "No stories match" })).toBeVisible();
  const noMatches = await new AxeBuilder({ page }).analyze();
  expect(noMatches.violations, "axe on the no-matches state").toEqual([]);
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/drafts$/);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search stories" })).toHaveValue("");
});

test("duplicate a story for a question: a new draft with the same text, the original kept", async ({ page }) => {
  const title = uniqueTitle("Original story");
  const situation = "I owned the lease service; every write to the metadata store takes a lease from it.";
  const originalPath = await newDraft(page, title, situation);
  await page.goto("/drafts");

  const row = rowOf(page, title);
  await row.getByRole("button", { name: "Duplicate" }).click();
  await expect(row.getByRole("combobox", { name: "Adapt the copy for" })).toBeVisible();
  await row.getByRole("button", { name: "Make a copy" }).click();

  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  expect(new URL(page.url()).pathname).not.toBe(originalPath);
  await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue(`${title} (copy)`);
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue(situation);

  await page.goto("/drafts");
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} (copy)`, exact: true })).toBeVisible();
});

test("the story bank fits a 390 px wide phone", dbIndependent, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/drafts");
  await expect(page.getByRole("search", { name: "Filter stories" })).toBeVisible();
  await page.getByRole("button", { name: "Edit tags" }).first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
