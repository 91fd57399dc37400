import AxeBuilder from "@axe-core/playwright";

import { DEMO_COACH } from "@/lib/auth/demo-accounts";

import { dbIndependent, expect, test } from "./fixtures";

// Accounts (issue 9 §2) in Chromium against the production build.

test.describe("signed out", () => {
  // A refused sign-in is a 401, which Chromium logs as a failed resource load.
  test.use({ signInAs: "nobody", allowedConsoleErrors: /status of 401/ });

  test("a visitor signs up, drafts, signs out (this device forgets the browser copies) and signs in again", async ({ page }) => {
    await page.goto("/drafts");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByRole("link", { name: "Create an account" }).first().click();
    const email = `ui-${Date.now().toString(36)}@example.test`;
    await page.getByLabel("Name").fill("Una Candidate");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/drafts$/);
    await expect(page.getByRole("link", { name: "Una Candidate" })).toBeVisible();

    await page.getByRole("button", { name: "New draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    const draftUrl = page.url();
    await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the ledger service.");
    await expect(page.getByTestId("save-status")).toContainText(/Saved/);
    // A copy of unsaved work is kept per user in this browser; leave one behind.
    await page.evaluate(() => window.localStorage.setItem("gameday:drill:someone:probe:slo", "{}"));
    const userKeys = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("gameday:")));
    expect(userKeys.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("gameday:")))).toEqual([]);
    await page.goto(draftUrl);
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#main").getByRole("alert")).toHaveText("That e-mail and password do not match an account. Check both and try again.");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/drafts$/);
    await page.goto(draftUrl);
    await expect(page.getByRole("textbox", { name: /^Situation/ })).toHaveValue("I owned the ledger service.");
  });

  test("the account pages have no accessibility violations", dbIndependent, async ({ page }) => {
    for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password?token=abcdefghij"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, `axe on ${path}`).toEqual([]);
    }
  });

  test("signing up with an address that has an account looks like any sign-up, and the form says nothing more", async ({ page, playwright, baseURL }) => {
    // Over HTTP: the same status and body shape, and no session, for a taken and a new address.
    // (A taken address of this test's own, so no shared account's sign-in budget is spent.)
    const taken = `taken-${Date.now().toString(36)}@example.test`;
    const signUp = async (email: string, password: string, address: string) => {
      const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": address } });
      const response = await api.post("/api/auth/sign-up/email", { data: { email, password, name: "Probe" } });
      const body = (await response.json()) as { token: unknown; user: Record<string, unknown> };
      const answer = { status: response.status(), setCookie: response.headers()["set-cookie"] ?? null, token: body.token, userKeys: Object.keys(body.user).sort() };
      await api.dispose();
      return answer;
    };
    const first = await signUp(taken, "the-owners-password", "192.0.2.201");
    const again = await signUp(taken, "someone-elses-password", "192.0.2.202");
    const fresh = await signUp(`fresh-${Date.now().toString(36)}@example.test`, "someone-elses-password", "192.0.2.203");
    expect(again).toEqual(fresh);
    expect(again).toEqual(first);
    expect(again).toMatchObject({ status: 200, setCookie: null, token: null });

    // In the form: the sentence any failed sign-up gets, never "already exists".
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Not the owner");
    await page.getByLabel("E-mail").fill(taken);
    await page.getByLabel("Password").fill("someone-elses-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#main").getByRole("alert")).toHaveText(/^We could not create that account\./);
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test("an unknown e-mail gets the same answer as a wrong password, and the reset form does not tell either", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("nobody-here@example.test");
    await page.getByLabel("Password").fill("whatever-it-is");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#main").getByRole("alert")).toHaveText("That e-mail and password do not match an account. Check both and try again.");
    await page.goto("/forgot-password");
    await page.getByLabel("E-mail").fill("nobody-here@example.test");
    await page.getByRole("button", { name: "Send the reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses that e-mail");
  });
});

test("sign-in attempts for one account run out, from any address", async ({ playwright, baseURL }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": `203.0.113.${i + 1}` } });
    const response = await api.post("/api/auth/sign-in/email", { data: { email: DEMO_COACH.email, password: `wrong-${i}` } });
    statuses.push(response.status());
    await api.dispose();
  }
  expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
  expect(statuses.slice(8)).toEqual([429, 429]);
});

test.describe("a fresh account", () => {
test.use({ signInAs: "new-candidate" });
test("another candidate's draft is not found, and the account page exports and deletes", async ({ page, browser, account }) => {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const draftPath = new URL(page.url()).pathname;

  const stranger = await browser.newContext({ storageState: undefined });
  const strangerPage = await stranger.newPage();
  const api = stranger.request;
  const strangerHeaders = { origin: new URL(page.url()).origin, "x-forwarded-for": "192.0.2.77" };
  const strangerLogin = { email: `stranger-${Date.now()}@example.test`, password: "stranger-password" };
  const signUp = await api.post("/api/auth/sign-up/email", { headers: strangerHeaders, data: { ...strangerLogin, name: "Stranger" } });
  expect(signUp.ok()).toBe(true);
  const signIn = await api.post("/api/auth/sign-in/email", { headers: strangerHeaders, data: strangerLogin });
  expect(signIn.ok()).toBe(true);
  for (const path of [draftPath, `${draftPath}/history`, `${draftPath}/drill`, `${draftPath}/rehearse`, `${draftPath}/export`]) {
    expect((await api.get(path)).status(), path).toBe(404);
  }
  await strangerPage.close();
  await stranger.close();

  await page.goto("/account");
  await expect(page.getByText(account.email)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, "axe on /account").toEqual([]);
  const exported = await page.request.get("/account/export");
  expect(exported.status()).toBe(200);
  const data = (await exported.json()) as { user: { email: string }; drafts: { id: string }[] };
  expect(data.user.email).toBe(account.email);
  expect(data.drafts).toHaveLength(1);

  await page.getByLabel(/Type “delete my account”/).fill("delete my account");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page).toHaveURL(/\/\?deleted=account$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/drafts");
  await expect(page).toHaveURL(/\/sign-in$/);
});
});
