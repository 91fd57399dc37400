import { readFile } from "node:fs/promises";

import type { APIRequestContext, Page } from "@playwright/test";

import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

// Issue #8 (words lost, misleading feedback, keyboard and phone) and issue #11 (export
// what is on screen). The server's copy is read through the Markdown export route with
// Playwright's own HTTP client: no browser state can stand in for what was saved.

async function newDraft(page: Page, title: string): Promise<{ url: string; id: string }> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  const url = page.url();
  return { url, id: new URL(url).pathname.split("/")[2]! };
}

const serverText = (request: APIRequestContext, id: string) => async () => (await request.get(`/drafts/${id}/export`)).text();
const situation = (page: Page) => page.getByRole("textbox", { name: /^Situation/ });

test.describe("leaving the editor sends the pending save", () => {
  test("Back right after typing: the words reach the server", async ({ page, request }) => {
    await page.goto("/drafts");
    const { id } = await newDraft(page, uniqueTitle("Back button"));
    await situation(page).fill("Typed a moment before pressing Back.");
    await page.goBack();
    await expect(page).toHaveURL(/\/drafts$/);
    await expect.poll(serverText(request, id)).toContain("Typed a moment before pressing Back.");
  });

  test("an in-app link right after typing: the words reach the server", async ({ page, request }) => {
    const { id } = await newDraft(page, uniqueTitle("In-app link"));
    await situation(page).fill("Typed, then straight to the history.");
    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/history$/);
    await expect.poll(serverText(request, id)).toContain("Typed, then straight to the history.");
  });

  test("closing the tab right after typing: the words reach the server", async ({ page, request }) => {
    const { id } = await newDraft(page, uniqueTitle("Closed tab"));
    await situation(page).fill("Typed just before the tab was closed.");
    await page.close({ runBeforeUnload: true });
    await expect.poll(serverText(request, id)).toContain("Typed just before the tab was closed.");
  });

  test("a phone putting the tab away, then killing it: the words reach the server", async ({ page, request }) => {
    const { id } = await newDraft(page, uniqueTitle("Backgrounded"));
    await situation(page).fill("Typed before switching apps.");
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    // The OS reclaims the tab without any unload event.
    await page.close({ runBeforeUnload: false });
    await expect.poll(serverText(request, id)).toContain("Typed before switching apps.");
  });
});

/**
 * Holds back the page's JavaScript so the server-rendered HTML is all there is: what a
 * slow phone shows for a moment after a redirect or a reload. Returns the release.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("typing before the page has loaded its scripts", () => {
  test("in the editor: the words typed are saved once the page wakes up", async ({ page, request }) => {
    const { url, id } = await newDraft(page, uniqueTitle("Before hydration"));
    const release = await holdScripts(page);
    await page.goto(url, { waitUntil: "commit" });
    await situation(page).fill("Typed while the page was still only HTML.");
    await page.getByRole("textbox", { name: "Draft title" }).fill("Renamed before the scripts ran");
    release();
    await expect(page.getByTestId("save-status")).toContainText(/Saved/);
    await expect.poll(serverText(request, id)).toContain("Typed while the page was still only HTML.");
    await expect.poll(serverText(request, id)).toContain("Renamed before the scripts ran");
    await expect(situation(page)).toHaveValue("Typed while the page was still only HTML.");
  });

  test("in a drill answer: the words typed are saved once the page wakes up", async ({ page }) => {
    const { url } = await newDraft(page, uniqueTitle("Drill before hydration"));
    await situation(page).fill("I worked on a backend service. It had to be fast.");
    await expect(page.getByTestId("save-status")).toContainText(/Saved/);
    const release = await holdScripts(page);
    await page.goto(`${url}/drill`, { waitUntil: "commit" });
    const answer = page.getByRole("region", { name: /^Question 1 of/ }).getByRole("textbox", { name: /Your answer/ });
    await answer.fill("Every checkout read went through the shard router, with p99 under 20 ms.");
    release();
    const status = page.getByRole("region", { name: /^Question 1 of/ }).getByTestId("drill-save-status");
    await expect(status).toContainText("Saved");
    // A fresh load shows what the server holds.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(answer).toHaveValue("Every checkout read went through the shard router, with p99 under 20 ms.");
  });
});

test("one tab's save never wipes another tab's unsaved copy; the copy is offered on reopening", async ({ context, request }) => {
  const tabA = await context.newPage();
  const { url, id } = await newDraft(tabA, uniqueTitle("Two tabs"));
  const tabB = await context.newPage();
  await tabB.goto(url);

  // A person switches tabs to type in them.
  await tabA.bringToFront();
  await situation(tabA).fill("Tab A wrote this first.");
  // "Saved" is already on screen from the title: wait for this text to reach the server.
  await expect.poll(serverText(request, id)).toContain("Tab A wrote this first.");

  await tabB.bringToFront();
  await expect(situation(tabB)).toHaveValue("");
  await situation(tabB).fill("Tab B's words, written on the old version.");
  await expect(tabB.getByRole("heading", { name: "This draft changed somewhere else" })).toBeVisible();

  await tabA.bringToFront();
  await situation(tabA).fill("Tab A saved again after that.");
  await expect(tabA.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(serverText(request, id)).toContain("Tab A saved again after that.");

  const kept = await tabA.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("gameday:unsaved:"))
      .map((key) => localStorage.getItem(key) ?? ""),
  );
  expect(kept.some((value) => value.includes("Tab B's words"))).toBe(true);

  // Tab B dies (a crash, the phone's OS) without a chance to do anything.
  await tabB.close({ runBeforeUnload: false });
  await tabA.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(url);
  await expect(situation(again)).toHaveValue("Tab A saved again after that.");
  const recovery = again.getByRole("region", { name: /Unsaved words found in this browser/ });
  await expect(recovery).toBeVisible();
  await recovery.getByRole("button", { name: "Compare and keep" }).click();
  await expect(again.getByTestId("mine-situation")).toHaveText("Tab B's words, written on the old version.");
  await expect(again.getByTestId("theirs-situation")).toHaveText("Tab A saved again after that.");
  await again.getByRole("button", { name: "Keep mine" }).click();
  await expect(again.getByTestId("save-status")).toContainText("Saved");
  await expect.poll(serverText(request, id)).toContain("Tab B's words, written on the old version.");
});

test("text replaced within one burst of autosaves can be restored from history", async ({ page, request }) => {
  const { url, id } = await newDraft(page, uniqueTitle("Regretted rewrite"));
  await situation(page).fill("The first telling: the compactor starved the write path every night at 02:00.");
  await page.getByRole("button", { name: "Save now" }).click();
  await expect.poll(serverText(request, id)).toContain("The first telling");
  await situation(page).fill("A shorter telling.");
  await page.getByRole("button", { name: "Save now" }).click();
  await expect.poll(serverText(request, id)).toContain("A shorter telling.");

  await page.goto(`${url}/history`);
  const versions = page.getByRole("list", { name: "Saved versions, newest first" });
  await versions.getByText(/1 earlier text replaced/).click();
  await page.getByRole("list", { name: /Earlier texts of version/ }).getByRole("button", { name: /^Restore/ }).click();
  // The restore answers with the editor: wait for it, or the reload below can cancel the restore.
  await expect(page).toHaveURL(url);
  await page.goto(url);
  await expect(situation(page)).toHaveValue(/The first telling: the compactor starved the write path/);
});

test("writing another section never lowers the score, and the panel names the empty sections", dbIndependent, async ({ page }) => {
  await newDraft(page, uniqueTitle("Score drop"));
  await situation(page).fill(
    "I owned the metadata store behind our object storage; every upload writes a row there. Our SLO was p99 under 50 ms. " +
      "One night writes timed out: I looked at the lock wait graph and the slow query log. " +
      "Latency dropped from 900 ms to 40 ms after the fix.",
  );
  const panel = page.getByTestId("unwritten-sections");
  await expect(panel).toContainText("Not written yet: Task, Actions, Results");
  const before = Number(await page.getByTestId("live-score").textContent());
  expect(before).toBeGreaterThan(0);

  await page.getByRole("button", { name: /^2\. Task/ }).click();
  await page.getByRole("textbox", { name: /^Task/ }).fill("I was the on-call owner and had to bring p99 back under 50 ms without losing a write.");
  await expect(panel).toContainText("Not written yet: Actions, Results");
  await expect.poll(async () => Number(await page.getByTestId("live-score").textContent())).toBeGreaterThanOrEqual(before);
  await expect(page.locator('[data-item="signals"]')).toHaveAttribute("data-status", "met");
  await expect(page.locator('[data-item="quantified_results"]')).toHaveAttribute("data-status", "met");
});

test("a one-line true story is scored, not called stuffing", dbIndependent, async ({ page }) => {
  await newDraft(page, uniqueTitle("One line"));
  await situation(page).fill("I owned the metadata service and its p99 SLO of 25 ms.");
  await expect(page.locator('[data-item="slo"]')).toHaveAttribute("data-status", "met");
  await expect(page.getByTestId("live-score")).not.toHaveText("0");
  await expect(page.getByText("reads as a list of practices")).toHaveCount(0);
});

test("a pasted 9,990-digit run in every section neither freezes the tab nor the server", async ({ page, request }) => {
  const { id } = await newDraft(page, uniqueTitle("Digit paste"));
  // Just under the 10,000-character section limit, with room for the words typed after it.
  const digits = "1".repeat(9_990);
  await page.getByRole("button", { name: "All sections" }).click();
  for (const name of ["Situation", "Task", "Actions", "Results"]) {
    await page.getByRole("textbox", { name: new RegExp(`^${name}`) }).fill(digits);
  }
  // The page still answers (a frozen main thread would time this out), and so does the server.
  await page.getByRole("textbox", { name: /^Results/ }).press("End");
  await page.getByRole("textbox", { name: /^Results/ }).pressSequentially(" ok");
  await expect(page.getByRole("textbox", { name: /^Results/ })).toHaveValue(`${digits} ok`);
  await expect(page.getByTestId("save-status")).toContainText("Saved", { timeout: 15_000 });
  expect((await request.get("/api/health")).status()).toBe(200);
  await expect.poll(serverText(request, id)).toContain(`${digits} ok`);
});

test.describe("keyboard and phone", () => {
  test("Next puts the cursor in the new section, through to the last step", dbIndependent, async ({ page }) => {
    await newDraft(page, uniqueTitle("Keyboard steps"));
    await page.getByRole("button", { name: /^1\. Situation/ }).click();
    for (const name of ["Task", "Actions", "Results"]) {
      await page.getByRole("button", { name: `Next: ${name}` }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("textbox", { name: new RegExp(`^${name}`) })).toBeFocused();
    }
  });

  test.describe("at 390 px", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("a score bar stays on screen while typing and opens the checklist", dbIndependent, async ({ page }) => {
      await newDraft(page, uniqueTitle("Phone score"));
      await page.getByRole("button", { name: "All sections" }).click();
      const results = page.getByRole("textbox", { name: /^Results/ });
      await results.scrollIntoViewIfNeeded();
      await results.fill("p99 went from 900 ms to 40 ms, and zero incidents since.");
      const bar = page.getByTestId("score-bar");
      await expect(bar).toBeInViewport();
      await expect(bar).not.toContainText(/^0\/100/);
      await bar.click();
      await expect(page.getByRole("heading", { name: "Interviewer checklist" })).toBeFocused();
      await expect(page.getByRole("heading", { name: "Interviewer checklist" })).toBeInViewport();
    });

    test("the title says it can be edited and a long title wraps instead of being cut", dbIndependent, async ({ page }) => {
      await newDraft(page, uniqueTitle("Phone title"));
      const title = page.getByRole("textbox", { name: "Draft title" });
      await expect(page.getByText("click to rename")).toBeVisible();
      await title.fill("Replication lag on the payments ledger during the spring region evacuation drill");
      const fits = await title.evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
      expect(fits).toBe(true);
      await title.press("Enter");
      await expect(title).not.toBeFocused();
      await expect(title).toHaveValue("Replication lag on the payments ledger during the spring region evacuation drill");
    });
  });
});

test.describe("export and print contain what is on screen (issue #11)", () => {
  test("Download Markdown right after typing, with a slow save, has the typed words", async ({ page }) => {
    await newDraft(page, uniqueTitle("Export now"));
    // Every save takes 3 s to reach the server, so timing cannot hide a stale export.
    await page.route("**/api/drafts/*/save", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await page.getByRole("button", { name: "All sections" }).click();
    const results = page.getByRole("textbox", { name: /^Results/ });
    await results.fill("The last sentence, typed right before the export.");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download Markdown" }).click();
    const file = await (await download).path();
    expect(await readFile(file, "utf8")).toContain("The last sentence, typed right before the export.");
    await expect(page.getByText("Downloaded the text on screen. It is still being saved.")).toBeVisible();
    await expect(page.getByTestId("save-status")).toContainText("Saved", { timeout: 15_000 });
  });

  test("the print layout holds the text just typed", dbIndependent, async ({ page }) => {
    await newDraft(page, uniqueTitle("Print now"));
    await page.route("**/api/drafts/*/save", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await situation(page).fill("Printed words that are not saved yet.");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("article.print-answer")).toContainText("Printed words that are not saved yet.");
  });
});
