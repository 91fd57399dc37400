import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 12: one back link, the same on every page; the home page shows the
// chosen question's full wording before a draft is started.

async function newDraft(page: Page): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(uniqueTitle("Back links"));
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the shard router for our key-value store.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return new URL(page.url()).pathname;
}

type BackLinkLook = { text: string; className: string; href: string };

async function backLinkOn(page: Page, url: string): Promise<BackLinkLook> {
  await page.goto(url);
  const links = page.locator('[data-slot="back-link"]');
  await expect(links, `one back link on ${url}`).toHaveCount(1);
  const link = links.first();
  await expect(link).toBeVisible();
  return link.evaluate((element) => ({
    text: element.textContent?.trim() ?? "",
    className: element.className,
    href: element.getAttribute("href") ?? "",
  }));
}

test.describe("back links", () => {
  // The 404 page is one of the pages; the browser logs its status.
  test.use({ allowedConsoleErrors: /status of 404/ });

  test("every page's back link has the same look and wording pattern", async ({ page }) => {
    const path = await newDraft(page);
    const looks = {
      editor: await backLinkOn(page, path),
      history: await backLinkOn(page, `${path}/history`),
      drill: await backLinkOn(page, `${path}/drill`),
      rehearse: await backLinkOn(page, `${path}/rehearse`),
      trash: await backLinkOn(page, "/drafts/trash"),
      notFound: await backLinkOn(page, "/drafts/doesnotexist"),
    };
    for (const [where, look] of Object.entries(looks)) {
      expect(look.className, `${where}: same classes as the editor's`).toBe(looks.editor.className);
      expect(look.text, `${where}: arrow and label`).toMatch(/^← (All drafts|Back to the editor)$/);
    }
    expect(looks.editor).toMatchObject({ text: "← All drafts", href: "/drafts" });
    expect(looks.notFound).toMatchObject({ text: "← All drafts", href: "/drafts" });
    expect(looks.trash).toMatchObject({ text: "← All drafts", href: "/drafts" });
    for (const where of ["history", "drill", "rehearse"] as const) {
      expect(looks[where]).toMatchObject({ text: "← Back to the editor", href: path });
    }
    // Screen readers hear the words, not the arrow.
    await page.goto(`${path}/drill`);
    await expect(page.getByRole("link", { name: "Back to the editor", exact: true })).toBeVisible();
  });
});

const OWNING =
  "Tell me about a storage, distributed-systems or other low-level infrastructure component you were responsible for. What did it do, what did it have to guarantee, and walk me through one hard incident: how you debugged it, the trade-offs you made, and how you saw the fix through.";
const OUTAGE =
  "Describe an outage where you were the one coordinating the response. How did you find out, how did you stabilise things, how did you keep everyone informed, and what changed afterwards?";

test("on a phone the home page shows the chosen question's full wording, and starts a draft for it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const picker = page.getByRole("radiogroup", { name: "Question" });
  await expect(picker.getByRole("radio", { name: "Owning and debugging an infra component" })).toBeChecked();
  const prompt = page.getByTestId("question-prompt");
  await expect(prompt).toHaveText(OWNING);
  await prompt.scrollIntoViewIfNeeded();
  await expect(prompt).toBeInViewport({ ratio: 1 });

  // Nothing is cut off: every title and the prompt fit within the phone's width and height.
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('[role="radiogroup"] label, [data-testid="question-prompt"]')]
      .filter((element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight || element.getBoundingClientRect().right > window.innerWidth)
      .map((element) => element.textContent),
  );
  expect(clipped).toEqual([]);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "axe on the home page").toEqual([]);

  // Arrow keys move the choice, as in any radio group.
  await picker.getByRole("radio", { name: "Owning and debugging an infra component" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(picker.getByRole("radio", { name: "Leading an outage" })).toBeChecked();
  await expect(prompt).toHaveText(OUTAGE);
  await picker.getByRole("radio", { name: "A risky migration" }).check();
  await expect(prompt).not.toHaveText(OUTAGE);
  await picker.getByRole("radio", { name: "Leading an outage" }).check();
  await expect(prompt).toHaveText(OUTAGE);
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText("Question: Leading an outage")).toBeVisible();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
