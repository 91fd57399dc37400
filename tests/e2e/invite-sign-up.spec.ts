import { expect, test } from "./fixtures";
import { callAction, createDraftOverHttp, signUpOverHttp } from "./http-actors";

// A reviewer who has no account yet follows an invite link: sign-in's "Create an account"
// keeps the way back (`next`), and after signing up they land on the invite, not on an empty
// drafts page. A `next` that is not a path in this app is dropped on the way.

test.use({ signInAs: "nobody" });

test("a newcomer signs up from an invite link and comes back to it", async ({ page, playwright, baseURL }) => {
  const candidate = await signUpOverHttp(playwright, baseURL!, "Inviting candidate");
  const draftId = await createDraftOverHttp(candidate, { title: "Shard rebalancing", situation: "I owned the shard map." });
  const token = ((await callAction(candidate.api, "createInviteAction", { draftId })).result?.data as { token: string }).token;
  await candidate.api.dispose();

  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.251" });
  await page.goto(`/invite/${token}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.locator("#main").getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-up\\?next=${encodeURIComponent(`/invite/${token}`)}$`));
  await expect(page.locator("#main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`);

  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await page.getByLabel("Name").fill("New reviewer");
  await page.getByLabel("E-mail").fill(`e2e-newcomer-${unique}@example.test`);
  await page.getByLabel("Password").fill(`e2e-newcomer-${unique}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`/invite/${token}$`));
  await page.getByRole("button", { name: "Accept and open the draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${draftId}$`));
  await expect(page.getByRole("heading", { name: "Shard rebalancing", level: 1 })).toBeVisible();
});

test("a next that leaves the app is not carried to sign-up", async ({ page }) => {
  for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page.locator("#main").getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up");
  }
});
