import { dbIndependent, expect, test, uniqueTitle } from "./fixtures";

test("a candidate drafts all four sections, it autosaves, survives a reload and can be edited again", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tell the story");
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);

  const title = uniqueTitle("Replication lag story");
  await page.getByRole("textbox", { name: "Draft title" }).fill(title);

  const sections = [
    ["Situation", "I owned the shard router for our key-value store; every read and write passes through it."],
    ["Task", "I was the on-call owner and had to bring p99 back under 20 ms."],
    ["Actions", "Replication lag spiked to 40 s; I traced it to a retry storm and added backoff."],
    ["Results", "p99 went from 180 ms to 14 ms and we added an alert on lag."],
  ] as const;

  for (const [index, [name, text]] of sections.entries()) {
    await expect(page.getByText(`Step ${index + 1} of 4: ${name}`)).toBeVisible();
    await page.getByRole("textbox", { name: new RegExp(`^${name}`) }).fill(text);
    if (index < sections.length - 1) await page.getByRole("button", { name: /^Next:/ }).click();
  }
  await expect(page.getByTestId("save-status")).toContainText("Saved");

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Draft title" })).toHaveValue(title);
  await page.getByRole("button", { name: "All sections" }).click();
  for (const [name, text] of sections) {
    await expect(page.getByRole("textbox", { name: new RegExp(`^${name}`) })).toHaveValue(text);
  }

  await page.getByRole("link", { name: "My drafts" }).click();
  const link = page.getByRole("link", { name: title });
  await expect(link).toBeVisible();
  await link.click();

  await page.getByRole("button", { name: /^2\. Task/ }).click();
  await page.getByRole("textbox", { name: /^Task/ }).fill("I was the on-call owner and had to bring p99 back under 15 ms.");
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await page.reload();
  await page.getByRole("button", { name: /^2\. Task/ }).click();
  await expect(page.getByRole("textbox", { name: /^Task/ })).toHaveValue(/under 15 ms/);
});

test("a pasted 100,000-character section gets a clear limit message and nothing is cut", dbIndependent, async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  const huge = "The lease renewal raced the failover. ".repeat(2700).slice(0, 100_000);
  const situation = page.getByRole("textbox", { name: /^Situation/ });
  await situation.fill(huge);
  await expect(page.getByText("Over the limit by 90,000 characters")).toBeVisible();
  await expect(page.getByTestId("save-status")).toContainText("Not saved");
  await expect(situation).toHaveValue(huge);

  // The over-limit text is kept on this device, so a reload brings it back rather than losing it.
  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue(huge);
  await expect(page.getByTestId("save-status")).toContainText("Not saved");
});

test("HTML and script typed into a draft are shown as text", dbIndependent, async ({ page }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
  const markup = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> ${Date.now()}`;
  await page.getByRole("textbox", { name: "Draft title" }).fill(markup);
  await page.getByRole("textbox", { name: /^Situation/ }).fill(`<b>bold?</b> ${markup}`);
  await expect(page.getByTestId("save-status")).toContainText("Saved");
  await page.goto("/drafts");
  await expect(page.getByRole("link", { name: markup })).toBeVisible();
  await page.getByRole("link", { name: markup }).click();
  await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue(`<b>bold?</b> ${markup}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe("not found", () => {
  test.use({ allowedConsoleErrors: /status of 404/, signInAs: "demo-candidate" });

  test("the seeded demo drafts are listed and a missing draft shows a helpful 404", async ({ page }) => {
  // Found by search: the list pages by 25, and other tests add drafts for the demo candidate.
  await page.goto("/drafts?q=WAL+archiver+gap");
  await expect(page.getByRole("link", { name: "WAL archiver gap on the orders database" })).toBeVisible();
  await page.goto("/drafts?q=Cache+outage");
  await expect(page.getByRole("link", { name: "Cache outage (first attempt)" })).toBeVisible();
  const response = await page.goto("/drafts/doesnotexist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
});
