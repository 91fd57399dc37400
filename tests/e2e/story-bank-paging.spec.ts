import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { seedStoryBank } from "./database";
import { expect, test } from "./fixtures";

// The story bank in pages (issue 10): a fresh account with 120 drafts walks them with the
// "Older" / "Newer" links, filters and searches across pages, all in the URL.
test.use({ signInAs: "new-candidate" });

const titlesOnPage = (page: Page) => page.getByRole("list", { name: "Drafts" }).getByRole("heading", { level: 2 }).allTextContents();
const pager = (page: Page) => page.getByRole("navigation", { name: "Pages of stories" });
const expected = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${String(from + i).padStart(3, "0")}`);

test("walks 120 drafts page by page with the keyboard, back again, and keeps filters while paging", async ({ page, account }) => {
  const word = `Pâging${Date.now().toString(36)}`;
  await seedStoryBank(account.email, 120, word);

  await page.goto("/drafts");
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 1–25 of 120 stories.");
  expect(await titlesOnPage(page)).toEqual(expected(word, 1, 25));
  await expect(pager(page).getByRole("link", { name: /Newer/ })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "axe on a page of the story bank").toEqual([]);

  // Every page through "Older stories", from the keyboard.
  const seen = [...(await titlesOnPage(page))];
  for (let n = 2; n <= 5; n++) {
    await pager(page).getByRole("link", { name: /Older stories/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]after=\d+\.[A-Za-z0-9_-]+/);
    const last = Math.min(n * 25, 120);
    await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(`Showing ${(n - 1) * 25 + 1}–${last} of 120 stories.`);
    seen.push(...(await titlesOnPage(page)));
  }
  expect(seen).toEqual(expected(word, 1, 120));
  await expect(pager(page).getByRole("link", { name: /Older/ })).toHaveCount(0);

  await pager(page).getByRole("link", { name: /Newer stories/ }).click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 76–100 of 120 stories.");
  expect(await titlesOnPage(page)).toEqual(expected(word, 76, 100));

  // A search (accents and case ignored) across pages: the filter stays in the paging links.
  await page.getByRole("searchbox", { name: "Search stories" }).fill(word.toUpperCase().replace("Â", "A"));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).not.toHaveURL(/before=/);
  await expect(page.getByRole("status").filter({ hasText: "on this page" })).toHaveText("25 matching stories on this page; more under “Older stories” (of 120).");
  await pager(page).getByRole("link", { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/[?&]q=.+&after=|[?&]after=.+&q=/);
  expect(await titlesOnPage(page)).toEqual(expected(word, 26, 50));

  // A tag filter that fits on one page: no pager.
  await page.goto("/drafts?tag=paging-five");
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 1–24 of 24 matching stories (of 120).");
  expect(await titlesOnPage(page)).toEqual(expected(word, 1, 120).filter((_, i) => (i + 1) % 5 === 0));
  await expect(pager(page)).toHaveCount(0);

  // One story by a word and a number, and a clear "no matches" state.
  await page.goto(`/drafts?q=${encodeURIComponent(`paging${word.slice(6)} 117`)}`);
  expect(await titlesOnPage(page)).toEqual([`${word} 117`]);
  await page.goto("/drafts?q=nothing-like-this-anywhere");
  await expect(page.getByRole("heading", { name: "No stories match" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("No stories match (of 120).");

  // A forged or broken cursor is ignored: the first page.
  await page.goto("/drafts?after=not-a-cursor");
  expect(await titlesOnPage(page)).toEqual(expected(word, 1, 25));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the paging links are plain links", async ({ page, account }) => {
    const word = `Nojs${Date.now().toString(36)}`;
    await seedStoryBank(account.email, 30, word);
    await page.goto("/drafts");
    await pager(page).getByRole("link", { name: /Older stories/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 26–30 of 30 stories.");
    expect(await titlesOnPage(page)).toEqual(expected(word, 26, 30));
  });
});
