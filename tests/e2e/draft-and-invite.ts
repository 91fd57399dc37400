import type { Page } from "@playwright/test";

import { expect } from "./fixtures";

/**
 * The opening of the review journeys (coach-journey, review-comments): on the drafts list, a
 * new draft with a title and an Actions section, saved, then an invite link made for it on its
 * Sharing page. Leaves the page on Sharing.
 */
export async function draftAndInvite(page: Page, draft: { title: string; actions: string }): Promise<{ draftPath: string; draftId: string; link: string }> {
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const draftPath = new URL(page.url()).pathname;
  const draftId = draftPath.split("/").pop()!;
  await page.getByRole("textbox", { name: "Draft title" }).fill(draft.title);
  await page.getByRole("button", { name: /^3\. Actions/ }).click();
  await page.getByRole("textbox", { name: /^Actions/ }).fill(draft.actions);
  await expect(page.getByTestId("save-status")).toContainText(/Saved/);
  await page.getByRole("link", { name: "Sharing" }).click();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByRole("textbox", { name: /Invite link/ }).inputValue();
  return { draftPath, draftId, link };
}
