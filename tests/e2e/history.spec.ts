import { readFile } from "node:fs/promises";

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { moveRevisionsBackInTime } from "./database";
import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

// Autosaves within a couple of minutes fold into one revision (REVISION_BURST_MS in
// lib/drafts/save-draft.ts). To get two versions without waiting, the tests move the
// first revision's start back in time in the e2e server's database.

async function newDraft(page: Page): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Waits until autosave reports "Saved" and the server really holds `text`. */
async function expectSaved(page: Page, draftId: string, text: string) {
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect
    .poll(async () => (await page.request.get(`/drafts/${draftId}/export`)).text(), { timeout: 10_000 })
    .toContain(text);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const FIRST = "I owned the shard router for our key-value store.";
const SECOND = "I owned the shard router for our key-value store; every read and write went through it.";

test("history shows what changed between versions and restores an old one as a new version", async ({ page }) => {
  const draftId = await newDraft(page);
  const title = uniqueTitle("Shard router story");
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  const situation = page.getByRole("textbox", { name: /^Situation/ });
  await situation.fill(FIRST);
  await expectSaved(page, draftId, FIRST);

  await moveRevisionsBackInTime(draftId);
  await situation.fill(SECOND);
  await expectSaved(page, draftId, SECOND);

  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${draftId}/history$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const versions = page.getByRole("list", { name: /Saved versions/ }).getByRole("listitem");
  await expect(versions).toHaveCount(2);
  // Version numbers depend on how many autosaves ran, so read them from the list.
  const versionOf = async (index: number) => Number((await versions.nth(index).textContent())?.match(/Version (\d+)/)?.[1]);
  const [latest, older] = [await versionOf(0), await versionOf(1)];
  expect(latest).toBeGreaterThan(older);
  await expect(page.getByText(`Changes from version ${older} to version ${latest}`)).toBeVisible();
  await expect(page.getByTestId("diff-situation").locator("ins").filter({ hasText: "every read and write went through it" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Score by version" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Comparing in the other direction through the GET form shows the words as removed.
  // The options list versions newest first: index 0 is the latest, index 1 the older one.
  await page.getByLabel("From (older)").selectOption({ index: 0 });
  await page.getByLabel("To (newer)").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText(`Changes from version ${latest} to version ${older}`)).toBeVisible();
  await expect(page.getByTestId("diff-situation").locator("del").filter({ hasText: "every read and write went through it" })).toBeVisible();

  await page.getByRole("button", { name: `Restore version ${older}` }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${draftId}$`));
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue(FIRST);
  await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue(title);

  await page.getByRole("link", { name: "History" }).click();
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText(`Version ${latest + 1}`);
  await expect(versions.first()).toContainText("Restored");
  await expect(page.getByTestId("diff-situation").locator("del").filter({ hasText: "every read and write went through it" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Restore version ${latest + 1}` })).toHaveCount(0);
});

test("a draft with no saved versions says so and links back to the editor", async ({ page }) => {
  const draftId = await newDraft(page);
  await page.goto(`/drafts/${draftId}/history`);
  await expect(page.getByRole("heading", { name: "No saved versions yet" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Open the editor" }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${draftId}$`));

  expect((await page.request.get("/drafts/doesnotexist/history")).status()).toBe(404);
});

test("history fits a 390px-wide phone", dbIndependent, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const draftId = await newDraft(page);
  await page.getByRole("textbox", { name: /^Situation/ }).fill(FIRST);
  await expectSaved(page, draftId, FIRST);
  await page.goto(`/drafts/${draftId}/history`);
  await expect(page.getByRole("list", { name: /Saved versions/ }).getByRole("listitem")).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("the draft downloads as Markdown and prints as a clean answer", async ({ page }) => {
  const draftId = await newDraft(page);
  const title = uniqueTitle("Export story");
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill(FIRST);
  await expectSaved(page, draftId, FIRST);
  await expectSaved(page, draftId, `# ${title}`);
  await page.reload();

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^export-story-[a-z0-9-]+\.md$/);
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain(`# ${title}`);
  expect(markdown).toContain(`## Situation\n\n${FIRST}`);
  expect(markdown).toContain("## Results");

  const response = await page.request.get(`/drafts/${draftId}/export`);
  expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
  expect((await page.request.get("/drafts/doesnotexist/export")).status()).toBe(404);

  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".print-answer");
  await expect(printed).toBeVisible();
  await expect(printed.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(printed).toContainText(FIRST);
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toBeHidden();
  await expect(page.getByRole("link", { name: "My drafts" })).toBeHidden();
});

test.describe("the seeded demo draft", () => {
  test.use({ signInAs: "demo-candidate" });

  test("a full answer prints on one page", dbIndependent, async ({ page }) => {
  // The seeded demo draft is a complete answer of typical length; printing does not change it.
  await page.goto("/drafts?q=WAL+archiver+gap");
  await page.getByRole("link", { name: "WAL archiver gap on the orders database" }).click();
  await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue("WAL archiver gap on the orders database");
  // page.pdf() lays the page out for print, like the browser's print dialog.
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g), `pages on ${format}`).toHaveLength(1);
  }
});
});
