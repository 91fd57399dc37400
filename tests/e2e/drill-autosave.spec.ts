import type { Page } from "@playwright/test";

import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 3: a drill answer is saved like the draft (after a pause, on blur, and
// when the page is left), and a copy stays on the device until the server has it.

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I worked on a backend service. It had to be fast.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return new URL(page.url()).pathname;
}

const firstQuestion = (page: Page) => page.getByRole("region", { name: /^Question 1 of/ });
const answerBox = (page: Page) => firstQuestion(page).getByRole("textbox", { name: /Your answer/ });

const ANSWER =
  "The shard router sat in front of our key-value store, so every checkout read went through it. We promised p99 under 20 ms at 40,000 requests per second.";

test("an answer typed and left at once is back on return, and it is on the server", async ({ page, browser, account }) => {
  const path = await newDraft(page, uniqueTitle("Drill left early"));
  await page.goto(`${path}/drill`);
  await answerBox(page).fill(ANSWER);
  // Leave well before the pause that would save it (no "Save answer" press).
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("textbox", { name: "Draft title" })).toBeVisible();

  await page.getByRole("link", { name: "Follow-up drill" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/drill$`));
  await expect(answerBox(page)).toHaveValue(ANSWER);
  await expect(firstQuestion(page).getByTestId("drill-save-status")).toContainText("Saved");

  // A fresh browser profile has no copy of its own: the answer must come from the server.
  const fresh = await browser.newContext({ storageState: account.storageState });
  try {
    const other = await fresh.newPage();
    await other.goto(new URL(`${path}/drill`, page.url()).href);
    await expect(answerBox(other)).toHaveValue(ANSWER);
  } finally {
    await fresh.close();
  }
});

test("an answer typed and left with the browser's Back button is sent as the page goes", async ({ page, browser, account }) => {
  const path = await newDraft(page, uniqueTitle("Drill back button"));
  await page.getByRole("link", { name: "Follow-up drill" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/drill$`));
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.url().endsWith("/api/drill-answers") ? "keepalive" : "action");
  });
  await answerBox(page).fill(ANSWER);
  await page.goBack();
  await expect(page.getByRole("textbox", { name: "Draft title" })).toBeVisible();
  // No blur, no pause: only the save sent as the page went can have carried it.
  expect(sent).toEqual(["keepalive"]);

  const fresh = await browser.newContext({ storageState: account.storageState });
  try {
    const other = await fresh.newPage();
    await other.goto(new URL(`${path}/drill`, page.url()).href);
    await expect(answerBox(other)).toHaveValue(ANSWER);
  } finally {
    await fresh.close();
  }
  await page.goForward();
  await expect(answerBox(page)).toHaveValue(ANSWER);
  await expect(firstQuestion(page).getByTestId("drill-save-status")).toContainText("Saved");
});

test("closing the tab right after typing sends the answer on its way out", async ({ page, browser, account }) => {
  const path = await newDraft(page, uniqueTitle("Drill tab closed"));
  await page.goto(`${path}/drill`);
  const drillUrl = page.url();
  await answerBox(page).fill(ANSWER);
  await page.close({ runBeforeUnload: true });

  const fresh = await browser.newContext({ storageState: account.storageState });
  try {
    const other = await fresh.newPage();
    await expect
      .poll(
        async () => {
          await other.goto(drillUrl);
          return answerBox(other).inputValue();
        },
        { timeout: 10_000 },
      )
      .toBe(ANSWER);
  } finally {
    await fresh.close();
  }
});

test("an answer saves itself after a pause, with a status that says so", async ({ page }) => {
  const path = await newDraft(page, uniqueTitle("Drill pause"));
  await page.goto(`${path}/drill`);
  const status = firstQuestion(page).getByTestId("drill-save-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await answerBox(page).fill(ANSWER);
  await expect(status).toContainText("Unsaved changes");
  await expect(status).toContainText("Saved", { timeout: 10_000 });
  await expect(firstQuestion(page).getByRole("list", { name: "How the saved answer scores" })).toBeVisible();

  await page.reload();
  await expect(answerBox(page)).toHaveValue(ANSWER);
});

test.describe("offline", () => {
  test.use({ allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/ });

  test("an answer typed offline and left is restored from the device and then saved", async ({ page, context, browser, account }) => {
    const path = await newDraft(page, uniqueTitle("Drill offline"));
    await page.goto(`${path}/drill`);
    await context.setOffline(true);
    await answerBox(page).fill(ANSWER);
    await answerBox(page).blur();
    await expect(firstQuestion(page).getByTestId("drill-save-status")).toContainText("Offline – kept on this device");
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);

    const again = await context.newPage();
    await again.goto(`${path}/drill`);
    await expect(answerBox(again)).toHaveValue(ANSWER);
    await expect(firstQuestion(again).getByTestId("drill-save-status")).toContainText("Saved");

    const fresh = await browser.newContext({ storageState: account.storageState });
    try {
      const other = await fresh.newPage();
      await other.goto(new URL(`${path}/drill`, again.url()).href);
      await expect(answerBox(other)).toHaveValue(ANSWER);
    } finally {
      await fresh.close();
    }
  });
});
