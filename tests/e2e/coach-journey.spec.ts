import { draftAndInvite, selectWords } from "./draft-and-invite";
import { expect, test, uniqueTitle } from "./fixtures";

// Issue 9's whole journey in one run, in the browser against the production build (CI runs it
// on SQLite and on PostgreSQL): a candidate signs up, drafts and invites; a coach signs in,
// accepts, comments on a span and grades; the candidate replies, resolves, reads the grade and
// removes access; the coach's very next request is refused. The features' own specs
// (sharing, review-comments, grading) go deeper into each step.

test.use({ signInAs: "nobody" });

const ACTIONS = "Replication lag reached 40 s during compaction. I found a lock ordering bug between compaction and apply, and I fixed it with lock sharding.";
const QUOTE = "I fixed it with lock sharding";

test("candidate signs up, drafts and invites; coach comments on a span and grades; candidate replies, resolves and revokes; coach loses access at once", async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const candidate = { name: `Journey Candidate ${unique}`, email: `e2e-journey-c-${unique}@example.test`, password: `e2e-journey-c-${unique}` };
  const coach = { name: `Journey Coach ${unique}`, email: `e2e-journey-k-${unique}@example.test`, password: `e2e-journey-k-${unique}` };
  const title = uniqueTitle("Journey story");

  // The candidate signs up in the browser and writes a draft.
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.171" });
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(candidate.name);
  await page.getByLabel("E-mail").fill(candidate.email);
  await page.getByLabel("Password").fill(candidate.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/drafts$/);
  const { draftPath, draftId, link } = await draftAndInvite(page, { title, actions: ACTIONS });

  const coachContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.171" } });
  try {
    // The coach has an account, signs in through the form from the invite link, and accepts.
    expect((await coachContext.request.post("/api/auth/sign-up/email", { data: coach, headers: { origin: baseURL! } })).ok()).toBe(true);
    const reviewer = await coachContext.newPage();
    await reviewer.goto(new URL(link).pathname);
    await expect(reviewer).toHaveURL(/\/sign-in\?next=/);
    await reviewer.getByLabel("E-mail").fill(coach.email);
    await reviewer.getByLabel("Password").fill(coach.password);
    await reviewer.getByRole("button", { name: "Sign in" }).click();
    await reviewer.getByRole("button", { name: "Accept and open the draft" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/review/${draftId}$`));

    // A comment on selected words of the Actions section.
    await selectWords(reviewer.getByRole("textbox", { name: "Actions", exact: true }), ACTIONS, QUOTE);
    await expect(reviewer.getByTestId("comment-target-quote")).toHaveText(QUOTE);
    await reviewer.getByRole("textbox", { name: "Your comment" }).fill("Which locks, and how did you prove the ordering bug was gone?");
    await reviewer.getByRole("button", { name: "Add comment" }).click();
    await expect(reviewer.getByTestId("comment-thread").filter({ hasText: "Which locks" })).toContainText(QUOTE);

    // An overall grade with a summary.
    await reviewer.getByRole("radio", { name: /^3 · / }).check();
    await reviewer.getByLabel("Summary for the candidate").fill("A real incident; add how you validated the fix and what it changed for users.");
    await reviewer.getByRole("button", { name: "Save grade" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "Grade saved" })).toContainText(/Grade saved for version \d+\./);

    // The candidate replies to the comment and resolves it.
    await page.goto(`${draftPath}/comments`);
    const thread = page.getByTestId("comment-thread").filter({ hasText: "Which locks" });
    await expect(thread).toContainText(QUOTE);
    await thread.getByRole("textbox", { name: "Reply" }).fill("Compaction and apply locks; a soak test with the reproducer ran clean for 12 hours.");
    await thread.getByRole("button", { name: "Send reply" }).click();
    await expect(thread).toContainText("ran clean for 12 hours");
    await thread.getByRole("button", { name: "Resolve" }).click();
    await expect(page.getByTestId("resolved-thread")).toHaveCount(1);

    // The grade is under the editor.
    await page.goto(draftPath);
    const grade = page.getByTestId("draft-grade");
    await expect(grade).toContainText(coach.name);
    await expect(grade.getByTestId("draft-grade-overall")).toHaveText("3");
    await expect(grade).toContainText("add how you validated the fix");

    // The candidate removes the coach's access; the coach's next request is refused.
    await page.getByRole("link", { name: "Sharing" }).click();
    await page.getByRole("button", { name: `Remove access for ${coach.name}` }).click();
    await expect(page.getByText("Nobody but you.")).toBeVisible();
    expect((await reviewer.goto(`/review/${draftId}`))?.status()).toBe(404);
    await reviewer.goto("/review");
    await expect(reviewer.getByTestId("review-queue-row").filter({ hasText: title })).toHaveCount(0);
  } finally {
    await coachContext.close();
  }
});
