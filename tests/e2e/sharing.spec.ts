import { draftAndInvite } from "./draft-and-invite";
import { expect, test, uniqueTitle } from "./fixtures";

// Sharing and review (issue 9 §3) in Chromium against the production build: a candidate makes
// an invite link, a reviewer (a fresh account of its own: the demo coach's per-account sign-in
// budget belongs to the accounts suite) signs in through it and accepts, reads the draft in the
// queue and on its read-only review page, and loses access on the very next request once the
// candidate removes it.

test.use({ signInAs: "new-candidate" });

test("candidate invites, coach accepts and reviews read-only, candidate revokes, coach gets 404", async ({ page, browser, baseURL }) => {
  const title = uniqueTitle("Shared story");
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const draftId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the ledger service's PostgreSQL cluster, 40k writes per second.");
  await expect(page.getByTestId("save-status")).toContainText(/Saved/);

  await page.getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
  await expect(page.getByText("Nobody but you.")).toBeVisible();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const linkField = page.getByRole("textbox", { name: /Invite link/ });
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expect(page.getByRole("list", { name: "Invite links not used yet" }).getByRole("listitem")).toHaveCount(1);

  // The coach: another browser, signed out, from its own address (the per-address sign-in limit).
  const coachContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.252" } });
  const coach = await coachContext.newPage();
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const reviewer = { email: `e2e-coach-${unique}@example.test`, password: `e2e-coach-${unique}`, name: `E2E Coach ${unique}` };
  try {
    const signedUp = await coachContext.request.post("/api/auth/sign-up/email", { data: reviewer, headers: { origin: baseURL! } });
    expect(signedUp.ok(), `sign-up: ${signedUp.status()}`).toBe(true);
    await coach.goto(new URL(link).pathname);
    await expect(coach).toHaveURL(/\/sign-in\?next=/);
    await coach.getByLabel("E-mail").fill(reviewer.email);
    await coach.getByLabel("Password").fill(reviewer.password);
    await coach.getByRole("button", { name: "Sign in" }).click();
    await expect(coach).toHaveURL(/\/invite\//);
    await expect(coach.getByText(title)).toBeVisible();
    await coach.getByRole("button", { name: "Accept and open the draft" }).click();
    await expect(coach).toHaveURL(new RegExp(`/review/${draftId}$`));
    await expect(coach.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    const situation = coach.getByRole("textbox", { name: "Situation" });
    await expect(situation).toHaveValue(/ledger service/);
    await expect(situation).not.toBeEditable();
    await expect(coach.getByRole("heading", { name: "Interviewer checklist" })).toBeVisible();

    // The queue lists it; the candidate's editor stays theirs.
    await coach.getByRole("link", { name: "Review", exact: true }).click();
    await expect(coach.getByRole("heading", { name: "Review queue" })).toBeVisible();
    const row = coach.getByTestId("review-queue-row").filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("E2E Candidate");
    expect((await coach.goto(`/drafts/${draftId}`))?.status()).toBe(404);
    // The link was single use.
    await coach.goto(new URL(link).pathname);
    await expect(coach.locator("#main").getByRole("alert")).toContainText("cannot be used");

    // The candidate sees the coach and removes the access.
    await page.reload();
    const reviewers = page.getByRole("list", { name: "Reviewers with access" });
    await expect(reviewers).toContainText(reviewer.name);
    await expect(page.getByText("None waiting.")).toBeVisible();
    await page.getByRole("button", { name: `Remove access for ${reviewer.name}` }).click();
    await expect(page.locator("#main").getByRole("status").filter({ hasText: "no longer has access" })).toContainText(`${reviewer.name} no longer has access to this draft.`);
    await expect(page.getByText("Nobody but you.")).toBeVisible();

    // The coach's very next request is refused.
    expect((await coach.goto(`/review/${draftId}`))?.status()).toBe(404);
    await coach.goto("/review");
    await expect(coach.getByTestId("review-queue-row").filter({ hasText: title })).toHaveCount(0);
  } finally {
    await coachContext.close();
  }
});

// Before the page's scripts run, "Accept" is a plain form post. Under the invite page's former
// "no-referrer", Chromium sent that post's Origin as "null" and the server refused the action as
// cross-site: a reviewer who clicked early was stuck on the invite (session 34).
test("without JavaScript, a signed-in reviewer accepts an invite and lands on the review", async ({ page, browser, baseURL }) => {
  await page.goto("/drafts");
  const { draftId, link } = await draftAndInvite(page, { title: uniqueTitle("No-script invite"), actions: "I throttled the compaction job and fixed its scheduler." });
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const coach = { name: `No-script Coach ${unique}`, email: `e2e-noscript-${unique}@example.test`, password: `e2e-noscript-${unique}` };
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.172" } });
  try {
    expect((await context.request.post("/api/auth/sign-up/email", { data: coach, headers: { origin: baseURL! } })).ok()).toBe(true);
    expect((await context.request.post("/api/auth/sign-in/email", { data: { email: coach.email, password: coach.password }, headers: { origin: baseURL! } })).ok()).toBe(true);
    const reviewer = await context.newPage();
    await reviewer.goto(new URL(link).pathname);
    await reviewer.getByRole("button", { name: "Accept and open the draft" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/review/${draftId}$`));
    await expect(reviewer.getByText("I throttled the compaction job")).toBeVisible();
  } finally {
    await context.close();
  }
});
