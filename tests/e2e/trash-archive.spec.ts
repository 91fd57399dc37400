import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 13: delete with undo (a trash kept for 30 days) and archive.

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the lease service for our metadata store.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(async () => (await page.request.get(`${new URL(page.url()).pathname}/export`)).text()).toContain(title);
  return new URL(page.url()).pathname;
}

const draftList = (page: Page) => page.getByRole("list", { name: "Drafts" });
const rowOf = (page: Page, title: string) =>
  draftList(page).locator(":scope > li").filter({ has: page.getByRole("link", { name: title, exact: true }) });

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), where).toEqual([]);
}

test("delete a draft from the list, then undo", async ({ page }) => {
  const title = uniqueTitle("Deleted then undone");
  await newDraft(page, title);
  await page.goto("/drafts");

  // Keyboard only.
  await rowOf(page, title).getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  const notice = page.getByRole("status").filter({ hasText: "Deleted" });
  await expect(notice).toContainText(`Deleted “${title}”.`);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, "axe with the undo notice");

  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toContainText(`Restored “${title}”.`);
  await expect(rowOf(page, title)).toBeVisible();
});

test("delete a draft, then restore it from the trash", async ({ page }) => {
  const title = uniqueTitle("Deleted then restored");
  const path = await newDraft(page, title);
  await page.goto("/drafts");
  await rowOf(page, title).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toContainText(title);

  await page.getByRole("navigation", { name: "Story bank views" }).getByRole("link", { name: "Trash" }).click();
  await expect(page).toHaveURL(/\/drafts\/trash$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
  await expect(page.getByText("removed for good 30 days after")).toBeVisible();
  const trashed = page.getByRole("list", { name: "Deleted drafts" }).getByRole("listitem").filter({ hasText: title });
  await expect(trashed).toBeVisible();
  await expectNoAxeViolations(page, "axe on the trash");

  await trashed.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toContainText(`Restored “${title}”.`);
  await expect(page.getByRole("list", { name: "Deleted drafts" }).getByText(title)).toHaveCount(0);

  await page.getByRole("link", { name: "All drafts" }).click();
  await expect(rowOf(page, title)).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue(title);
});

test("archive a draft: out of the list, under Archived, then back", async ({ page }) => {
  const title = uniqueTitle("Archived story");
  const path = await newDraft(page, title);
  await page.goto("/drafts");
  await rowOf(page, title).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toContainText(`Archived “${title}”.`);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  const views = page.getByRole("navigation", { name: "Story bank views" });
  await views.getByRole("link", { name: "Archived" }).click();
  await expect(page).toHaveURL(/[?&]show=archived/);
  await expect(views.getByRole("link", { name: "Archived" })).toHaveAttribute("aria-current", "page");
  await expect(rowOf(page, title)).toBeVisible();
  await expectNoAxeViolations(page, "axe on the archived view");
  // An archived draft is still a draft: it opens, and its pages work.
  expect((await page.request.get(path)).status()).toBe(200);

  await rowOf(page, title).getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText(`Moved “${title}” back to active drafts.`);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await views.getByRole("link", { name: "Active" }).click();
  await expect(rowOf(page, title)).toBeVisible();
});

test.describe("a deleted draft", () => {
  // The browser logs the 404 of the document itself.
  test.use({ allowedConsoleErrors: /status of 404/ });

  test("answers 404 on every one of its pages", async ({ page }) => {
    const title = uniqueTitle("Gone draft");
    const path = await newDraft(page, title);
    await page.goto("/drafts");
    await rowOf(page, title).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toContainText(title);

    for (const url of [path, `${path}/history`, `${path}/drill`, `${path}/rehearse`, `${path}/export`]) {
      expect((await page.request.get(url)).status(), url).toBe(404);
    }
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
