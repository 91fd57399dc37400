import type { Browser, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { callAction, createDraftOverHttp, signUpOverHttp, type HttpAccount } from "./http-actors";

// HTML and script typed into any field (account names, titles, draft text, drill answers,
// tags) come back as text on every page that shows them, to the candidate and to the
// reviewer (issue 9 §4): nothing runs, no element is made from them. The console guard
// (fixtures.ts) also fails the test on any CSP report, so an injected inline handler that the
// policy blocked would still fail it.

test.use({ signInAs: "nobody" });

const mark = Math.random().toString(36).slice(2, 8);
/** Each payload sets window.__xss if it ever runs; the text around it is what must show. */
const NAME = `<img src=x onerror="window.__xss='name'">Eve ${mark}<script>window.__xss='name-script'</script>`;
const COACH = `<svg onload="window.__xss='coach'">Coach ${mark}</svg>`;
const TITLE = `<script>window.__xss='title'</script>Ledger "failover" & <b>bold</b> ${mark}`;
const SITUATION = `I owned <iframe src="javascript:window.__xss='situation'"></iframe> the ledger; p99 < 20 ms & "quoted" ${mark}.`;
const ANSWER = `<a href="javascript:window.__xss='answer'">p99</a> under 20 ms ${mark}`;
const TAG = "<b>x</b><i>";

async function browse(browser: Browser, account: HttpAccount, baseURL: string) {
  const context = await browser.newContext({ baseURL, storageState: await account.api.storageState() });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  return { context, page };
}

/** Nothing injected ran, and no element was made from the payloads. */
async function nothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], iframe[src^="javascript"], a[href^="javascript"], #main b')).toHaveCount(0);
}

test("names, titles, draft text, drill answers and tags render as text for the candidate and the reviewer", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const candidate = await signUpOverHttp(playwright, baseURL!, NAME);
  const coach = await signUpOverHttp(playwright, baseURL!, COACH, { coach: true });
  const draftId = await createDraftOverHttp(candidate, { title: TITLE, situation: SITUATION });
  expect((await callAction(candidate.api, "saveDrillAnswerAction", { draftId, promptId: "probe:slo", answer: ANSWER })).result?.ok).toBe(true);
  const invite = await callAction(candidate.api, "createInviteAction", { draftId });
  const token = (invite.result?.data as { token: string }).token;

  const { context: coachContext, page: coachPage } = await browse(browser, coach, baseURL!);
  const { context, page } = await browse(browser, candidate, baseURL!);
  try {
    // The reviewer: the invite page, then the review page and the queue.
    await coachPage.goto(`/invite/${token}`);
    await expect(coachPage.locator("#main")).toContainText(`Eve ${mark}`);
    await expect(coachPage.locator("#main")).toContainText(TITLE);
    await nothingRan(coachPage);
    await coachPage.getByRole("button", { name: "Accept and open the draft" }).click();
    await expect(coachPage).toHaveURL(new RegExp(`/review/${draftId}$`));
    await expect(coachPage.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(coachPage.locator("#main")).toContainText(NAME);
    await expect(coachPage.getByRole("textbox", { name: "Situation" })).toHaveValue(SITUATION);
    await nothingRan(coachPage);
    await coachPage.goto("/review");
    await expect(coachPage.getByTestId("review-queue-row").filter({ hasText: TITLE })).toContainText(NAME);
    await nothingRan(coachPage);
    // The header shows who is signed in.
    await expect(coachPage.locator("header")).toContainText(COACH);

    // The candidate: the story bank, the editor, the drill, rehearse, and who has access.
    await page.goto("/drafts");
    await expect(page.locator("#main")).toContainText(TITLE);
    await expect(page.locator("header")).toContainText(NAME);
    await nothingRan(page);
    await page.goto(`/drafts/${draftId}`);
    await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue(TITLE);
    await nothingRan(page);
    await page.goto(`/drafts/${draftId}/drill`);
    expect(await page.locator("textarea").evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value))).toContain(ANSWER);
    await nothingRan(page);
    await page.goto(`/drafts/${draftId}/rehearse`);
    await expect(page.locator("#main")).toContainText(TITLE);
    await nothingRan(page);
    await page.goto(`/drafts/${draftId}/sharing`);
    await expect(page.getByRole("list", { name: "Reviewers with access" })).toContainText(COACH);
    await nothingRan(page);

    // Tags cannot hold markup: the refusal quotes the tag back, as text.
    await page.goto("/drafts");
    const row = page.locator("li").filter({ hasText: TITLE }).first();
    await row.getByRole("button", { name: "Edit tags" }).click();
    await row.getByRole("textbox", { name: "Tags" }).fill(TAG);
    await row.getByRole("button", { name: "Save tags" }).click();
    await expect(row).toContainText(`“${TAG}” may only use letters`);
    await nothingRan(page);
  } finally {
    await Promise.all([context.close(), coachContext.close(), candidate.api.dispose(), coach.api.dispose()]);
  }
});
