import { expect, test, uniqueTitle } from "./fixtures";

async function newDraft(page: import("@playwright/test").Page, title: string) {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  return page.url();
}

test("two devices editing at once: nothing is overwritten and the candidate chooses", async ({ browser, page, account }) => {
  const url = await newDraft(page, uniqueTitle("Two devices"));

  const other = await browser.newContext({ storageState: account.storageState });
  const otherPage = await other.newPage();
  await otherPage.goto(url);
  await otherPage.getByRole("textbox", { name: /^Situation/ }).fill("Written on the laptop.");
  await expect(otherPage.getByTestId("save-status")).toContainText("Saved");

  // This tab still holds the older version; its save must not overwrite the laptop's.
  await page.getByRole("textbox", { name: /^Situation/ }).fill("Written on the phone.");
  await expect(page.getByRole("heading", { name: "This draft changed somewhere else" })).toBeVisible();
  await expect(page.getByTestId("mine-situation")).toHaveText("Written on the phone.");
  await expect(page.getByTestId("theirs-situation")).toHaveText("Written on the laptop.");

  await page.getByRole("button", { name: "Merge by hand" }).click();
  await page.getByRole("textbox", { name: "Merged situation" }).fill("Written on the laptop, then on the phone.");
  await page.getByRole("button", { name: "Save merged version" }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Written on the laptop, then on the phone.");

  await otherPage.reload();
  await expect(otherPage.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Written on the laptop, then on the phone.");
  await other.close();
});

test.describe("offline", () => {
  test.use({ allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/ });

  test("edits made offline are kept on the device and saved when the connection is back", async ({ page, context }) => {
    const url = await newDraft(page, uniqueTitle("Offline"));
    await context.setOffline(true);
    await page.getByRole("textbox", { name: /^Situation/ }).fill("Typed on a train with no signal.");
    await expect(page.getByTestId("save-status")).toContainText("Offline – kept on this device");

    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toContainText("Saved");

    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Typed on a train with no signal.");
  });

  test("a tab closed while offline gives its edits back on the next visit", async ({ page, context }) => {
    const url = await newDraft(page, uniqueTitle("Closed offline"));
    await context.setOffline(true);
    await page.getByRole("textbox", { name: /^Situation/ }).fill("Nobody saw this reach the server.");
    await expect(page.getByTestId("save-status")).toContainText("Offline");
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);

    const again = await context.newPage();
    await again.goto(url);
    await expect(again.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Nobody saw this reach the server.");
    // Either this visit restores and saves the kept copy, or the keepalive sent on close
    // already delivered it: the words are on screen and on the server.
    await expect(again.getByTestId("save-status")).toContainText(/Saved|All changes saved/);
  });
});
