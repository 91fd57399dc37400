import type { Page } from "@playwright/test";

import { moveRevisionsBackInTime } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 7: the summary under the score chart describes the whole path, so a
// score that went up and came back down no longer reads as "stayed at 0 … best 11".

const NO_CREDIT = "We had a meeting about it.";
const SOME_CREDIT = "I owned the shard router for our key-value store; every read and write went through it.";

async function saveSituation(page: Page, draftId: string, text: string) {
  await page.getByRole("textbox", { name: /^Situation/ }).fill(text);
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(async () => (await page.request.get(`/drafts/${draftId}/export`)).text(), { timeout: 10_000 }).toContain(text);
}

test("a score that rose and fell back is described as the path it took", async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const draftId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("textbox", { name: "Draft title" }).fill(uniqueTitle("Up and down"));

  await saveSituation(page, draftId, NO_CREDIT);
  await moveRevisionsBackInTime(draftId);
  await saveSituation(page, draftId, SOME_CREDIT);
  await moveRevisionsBackInTime(draftId);
  await saveSituation(page, draftId, NO_CREDIT);

  await page.goto(`/drafts/${draftId}/history`);
  const versions = page.getByRole("list", { name: /Saved versions/ }).getByRole("listitem");
  await expect(versions).toHaveCount(3);
  // Newest first; read the numbers rather than assume how many autosaves ran.
  const read = async (index: number) => {
    const text = (await versions.nth(index).textContent()) ?? "";
    return { version: Number(text.match(/Version (\d+)/)?.[1]), score: Number(text.match(/score (\d+)\/100/)?.[1]) };
  };
  const [now, middle, start] = [await read(0), await read(1), await read(2)];
  expect(now.score).toBe(start.score);
  expect(middle.score).toBeGreaterThan(start.score);

  await expect(page.getByRole("figure").locator("figcaption")).toHaveText(
    `Started at ${start.score}, rose to ${middle.score}, and is back at ${now.score} now; best ${middle.score} at version ${middle.version}.`,
  );
});
