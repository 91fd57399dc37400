import { expect, test, uniqueTitle } from "./fixtures";

// Issue 8, point 8: the editor and rehearsal mode count words with the same counter.
// The text mixes what word counters disagree on: hyphenated words, "1,200", "p99",
// em dashes between spaces, URLs, arrows, bullets and curly quotes.
const SECTIONS = {
  Situation: "I owned the read-through cache — a Go service in front of Postgres — serving 1,200 requests/s at p99 < 20 ms.",
  Task: "- Keep p99 under 20 ms\n- Cut cost by 30%\n• Runbook: https://wiki.example.com/cache-runbook?v=2",
  Actions: "I re-sharded the keys (consistent-hashing, 256 v-nodes) — then load-tested at 12,000 rps.\n* Rolled out 5% → 50% → 100%.",
  Results: "p99 fell from 45 ms to 12 ms; cost dropped $4,800/month. Zero pages in 9 months — “boring” is good.",
} as const;

test("the editor and rehearsal mode show the same word count for the same draft", async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const path = new URL(page.url()).pathname;
  await page.goto(`${path}?step=all`);
  await page.getByRole("textbox", { name: "Draft title" }).fill(uniqueTitle("Counting words"));
  for (const [name, text] of Object.entries(SECTIONS)) {
    await page.getByRole("textbox", { name: new RegExp(`^${name}`) }).fill(text);
  }
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(async () => (await page.request.get(`${path}/export`)).text(), { timeout: 10_000 }).toContain("boring");

  await page.goto(`${path}/rehearse`);
  await expect(page.getByRole("heading", { name: "Outline" })).toBeVisible();
  const rehearsalCount = Number(await page.getByTestId("word-count").textContent());
  expect(rehearsalCount).toBeGreaterThan(0);
  // The per-section counts in the outline add up to the same total.
  const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
  const perSection = headings.map((text) => Number(text.match(/(\d+) words?/)?.[1] ?? Number.NaN));
  expect(perSection).toHaveLength(4);
  expect(perSection.reduce((a, b) => a + b, 0)).toBe(rehearsalCount);

  // The editor shows the same count for the same draft. (Read right after typing, the editor's
  // count can still be the one of an earlier score while the scoring worker loads: CI once read 0.)
  await page.goto(`${path}?step=all`);
  await expect(page.getByTestId("word-count").first()).toHaveText(String(rehearsalCount));
});
