import type { BrowserContext, Locator, Page } from "@playwright/test";

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

/**
 * A reviewer with a new account (signed up and in through the API, in `context`) accepts the invite `link`;
 * returns their page, on the draft's review page.
 */
export async function acceptAsNewReviewer(context: BrowserContext, baseURL: string, link: string, draftId: string, who: string): Promise<Page> {
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const reviewer = { email: `e2e-${who}-${unique}@example.test`, password: `e2e-${who}-${unique}`, name: `E2E ${who} ${unique}` };
  const headers = { origin: baseURL };
  expect((await context.request.post("/api/auth/sign-up/email", { data: reviewer, headers })).ok()).toBe(true);
  expect((await context.request.post("/api/auth/sign-in/email", { data: { email: reviewer.email, password: reviewer.password }, headers })).ok()).toBe(true);
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByRole("button", { name: "Accept and open the draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${draftId}$`));
  return page;
}

/** Selects `quote` in a read-only section field holding `text`, as a mouse drag leaves it selected. */
export async function selectWords(field: Locator, text: string, quote: string): Promise<void> {
  const start = text.indexOf(quote);
  await field.evaluate(
    (element: HTMLTextAreaElement, { from, to }) => {
      element.focus();
      element.setSelectionRange(from, to);
    },
    { from: start, to: start + quote.length },
  );
}
