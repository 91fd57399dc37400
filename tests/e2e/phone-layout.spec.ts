import type { Locator, Page } from "@playwright/test";

import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 10: on a phone the rehearsal timer stays in view while the outline
// scrolls, and the history chart's labels are readable at every width.

const DEMO_DRAFT = "WAL archiver gap on the orders database";

async function expectInViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.y, `${what}: top edge in view`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom edge in view`).toBeLessThanOrEqual(viewport.height);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  test(`the rehearsal timer stays in view while the outline scrolls (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/drafts?q=WAL+archiver+gap");
    await page.getByRole("link", { name: DEMO_DRAFT }).click();
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
    await page.goto(`${new URL(page.url()).pathname}/rehearse`);
    await expect(page.getByRole("heading", { name: "Outline" })).toBeVisible();

    const timer = page.getByRole("timer");
    const start = page.getByRole("button", { name: "Start" });
    await expectInViewport(page, timer, "the time");
    await expectInViewport(page, start, "the Start button");

    // The outline is longer than the screen; read to its end.
    const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scrollable, "the page scrolls").toBeGreaterThan(200);
    await page.getByRole("list", { name: "Key facts, Results" }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expectInViewport(page, timer, "the time after scrolling");
    await expectInViewport(page, start, "the Start button after scrolling");
    await start.click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the history chart's labels are at least 12 px at every width", async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const path = new URL(page.url()).pathname;
  await page.getByRole("textbox", { name: "Draft title" }).fill(uniqueTitle("Readable chart"));
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the shard router for our key-value store.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(async () => (await page.request.get(`${path}/export`)).text(), { timeout: 10_000 }).toContain("shard router");

  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`${path}/history`);
    const chart = page.getByRole("img", { name: "Score by version" });
    await expect(chart).toBeVisible();
    for (const label of [chart.getByText("100", { exact: true }), chart.getByText("0", { exact: true }), chart.getByText(/^v\d+$/).first()]) {
      const size = await label.evaluate((element) => ({
        font: Number.parseFloat(getComputedStyle(element).fontSize),
        height: element.getBoundingClientRect().height,
      }));
      expect(size.font, `label font size at ${width} px`).toBeGreaterThanOrEqual(12);
      expect(size.height, `label rendered height at ${width} px`).toBeGreaterThanOrEqual(12);
    }
  }
});
