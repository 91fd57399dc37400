import AxeBuilder from "@axe-core/playwright";

import { scoreDraft } from "@/lib/rubric";
import { ITEM_META } from "@/lib/rubric/items";
import { ITEM_IDS } from "@/lib/rubric/types";

import { expect, test, uniqueTitle } from "./fixtures";

// Coach grades (issue 9 §3) in Chromium against the production build: a candidate shares a
// draft; a reviewer (a fresh account) accepts, relabels one checklist item with a note, gives
// an overall grade and a summary; the candidate sees it under their editor with its date; the
// reviewer's disagreement report counts it; after the candidate edits, both sides are told the
// grade is of an earlier version, and the reviewer grades again.

test.use({ signInAs: "new-candidate" });

const SITUATION = "I owned the metadata service, a 5-node etcd cluster every write passes through, at 40k requests per second with a p99 target of 20 ms.";
const ACTIONS = "Replication lag grew to 30 seconds during compaction. I found the root cause: a lock ordering bug between compaction and apply. I fixed it with lock sharding.";

test("coach grades items and overall, candidate sees the grade, report counts it, an edit marks it as of an earlier version", async ({ page, browser, baseURL }) => {
  // Two people, two browsers, four pages and three accessibility scans: about 40 s on SQLite,
  // nearer a minute on PostgreSQL on a busy 2-core machine.
  test.setTimeout(150_000);
  const engine = scoreDraft({ situation: SITUATION, actions: ACTIONS });
  const metItem = ITEM_IDS.find((id) => engine.items[id].status === "met")!;
  const missingItem = ITEM_IDS.find((id) => engine.items[id].status === "missing")!;
  const title = uniqueTitle("Graded story");

  // The candidate writes and makes an invite link.
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const draftPath = new URL(page.url()).pathname;
  const draftId = draftPath.split("/").pop()!;
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await page.getByRole("textbox", { name: /^Situation/ }).fill(SITUATION);
  await page.getByRole("button", { name: /^3\. Actions/ }).click();
  await page.getByRole("textbox", { name: /^Actions/ }).fill(ACTIONS);
  await expect(page.getByTestId("save-status")).toContainText(/Saved/);
  // Not shared yet: nothing about grades under the editor.
  await expect(page.getByRole("heading", { name: "Grades from your reviewers" })).toHaveCount(0);
  await page.getByRole("link", { name: "Sharing" }).click();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const linkField = page.getByRole("textbox", { name: /Invite link/ });
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();

  const coachContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.251" } });
  const coach = await coachContext.newPage();
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const reviewer = { email: `e2e-grader-${unique}@example.test`, password: `e2e-grader-${unique}`, name: `E2E Grader ${unique}` };
  try {
    // Signed out, the report sends to sign-in.
    await coach.goto("/review/report");
    await expect(coach).toHaveURL(/\/sign-in/);
    expect((await coachContext.request.post("/api/auth/sign-up/email", { data: reviewer, headers: { origin: baseURL! } })).ok()).toBe(true);
    expect((await coachContext.request.post("/api/auth/sign-in/email", { data: { email: reviewer.email, password: reviewer.password }, headers: { origin: baseURL! } })).ok()).toBe(true);

    // Before any grade, the report says so.
    await coach.goto("/review/report");
    await expect(coach.getByRole("heading", { name: "Nothing graded yet" })).toBeVisible();

    await coach.goto(new URL(link).pathname);
    await coach.getByRole("button", { name: "Accept and open the draft" }).click();
    await expect(coach).toHaveURL(new RegExp(`/review/${draftId}$`));

    // The grade form: the engine's label beside the reviewer's control for each item.
    await expect(coach.getByRole("heading", { name: "Your grade" })).toBeVisible();
    await expect(coach.getByTestId("grade-status")).toContainText("Not graded yet");
    await expect(coach.getByTestId(`engine-label-${metItem}`)).toHaveText("Checklist: met");
    await expect(coach.getByTestId(`engine-label-${missingItem}`)).toHaveText("Checklist: missing");
    const metLabel = ITEM_META[metItem].label;
    await coach.getByLabel(`Your label for ${metLabel}`, { exact: true }).selectOption("missing");
    await coach.getByRole("radio", { name: /^4 · / }).check();
    // No note and no summary yet: told what to fix, nothing sent.
    await coach.getByRole("button", { name: "Save grade" }).click();
    await expect(coach.locator("#main").getByRole("alert")).toContainText("fix the fields marked below");
    await expect(coach.getByText(`Add a short note to "${metLabel}"`)).toBeVisible();
    await expect(coach.getByText("Write a short summary for the candidate.")).toBeVisible();
    await expect(coach.locator("#grade-summary-count")).toHaveText("0 / 2,000 characters");

    await coach.getByLabel("Why missing?").fill("Named in a list, no story behind it.");
    await coach.getByLabel("Summary for the candidate").fill("A real incident, well debugged. Say how you validated the fix.");
    await expect(coach.getByText("You disagree on 1 of 20 items.")).toBeVisible();
    await coach.getByRole("button", { name: "Save grade" }).click();
    await expect(coach.getByRole("status").filter({ hasText: "Grade saved" })).toContainText(/Grade saved for version \d+\./);
    await coach.reload();
    await expect(coach.getByTestId("grade-status")).toContainText(/You graded version \d+ on/);
    expect((await new AxeBuilder({ page: coach }).include("#main section[aria-labelledby=grade-heading]").analyze()).violations, "axe on the grade form").toEqual([]);
    await expect(coach.getByLabel(`Your label for ${metLabel}`, { exact: true })).toHaveValue("missing");
    await expect(coach.getByRole("radio", { name: /^4 · / })).toBeChecked();

    // The report counts the disagreement, engine met / coach missing, with a link to the draft.
    await coach.goto("/review/report");
    await expect(coach.getByTestId("report-summary")).toContainText("You graded 1 draft and changed the checklist's label 1 time.");
    const row = coach.locator(`[data-testid="report-item"][data-item="${metItem}"]`);
    await expect(row).toContainText("1 of 1");
    await expect(row).toContainText("met → missing ×1");
    await expect(coach.getByTestId("report-draft").getByRole("link", { name: title })).toHaveAttribute("href", `/review/${draftId}`);
    expect((await new AxeBuilder({ page: coach }).analyze()).violations, "axe on /review/report").toEqual([]);

    // The candidate sees the grade under the editor, with its date.
    await page.goto(draftPath);
    await expect(page.getByRole("heading", { name: "Grades from your reviewers" })).toBeVisible();
    const grade = page.getByTestId("draft-grade");
    await expect(grade).toContainText(reviewer.name);
    await expect(grade.getByTestId("draft-grade-overall")).toHaveText("4");
    await expect(grade).toContainText("A real incident, well debugged.");
    await expect(grade).toContainText(`${metLabel}: missing (checklist: met) — Named in a list, no story behind it.`);
    await expect(grade).toContainText(/Graded .+, version \d+/);
    await expect(grade.locator("time")).toHaveCount(1);
    expect((await new AxeBuilder({ page }).include("section[aria-labelledby=grades-heading]").analyze()).violations, "axe on the grades panel").toEqual([]);

    // The candidate edits: both sides are told the grade is of an earlier version.
    await page.getByRole("button", { name: /^4\. Results/ }).click();
    await page.getByRole("textbox", { name: /^Results/ }).fill("p99 went from 120 ms to 18 ms.");
    await expect(page.getByTestId("save-status")).toContainText(/Saved/);
    await page.reload();
    await expect(page.getByTestId("draft-grade")).toContainText("Graded an earlier version");

    await coach.goto(`/review/${draftId}`);
    await expect(coach.getByTestId("grade-status")).toContainText("You graded an earlier version");
    await coach.getByRole("radio", { name: /^5 · / }).check();
    await coach.getByRole("button", { name: "Update grade" }).click();
    await expect(coach.getByRole("status").filter({ hasText: "Grade saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("draft-grade-overall")).toHaveText("5");
    await expect(page.getByTestId("draft-grade")).not.toContainText("Graded an earlier version");

    // The owner reading their own review page gets no grade form.
    await page.goto(`/review/${draftId}`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your grade" })).toHaveCount(0);
  } finally {
    await coachContext.close();
  }
});
