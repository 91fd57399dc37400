import { expect, test } from "./fixtures";

// No page trips its own Content-Security-Policy (lib/http/security-headers.ts), not even in
// code that catches the refusal: the browser still reports every refused script, eval or
// worker load (Lighthouse's best-practices audit "Issues were logged in the Issues panel",
// `npm run bench:web`), and a report is a sign that something meant to run did not. The
// console guard cannot see these (Chromium logs a caught eval refusal to its Issues panel
// only), so each page records the `securitypolicyviolation` events it gets.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test("the pages a candidate and a reviewer open report no CSP violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} refused ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  const violationsAfterLoad = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    return page.evaluate(() => window.__cspViolations ?? []);
  };

  expect(await violationsAfterLoad("/"), "/").toEqual([]);
  await page.getByRole("link", { name: "My drafts" }).first().click();
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const draftPath = new URL(page.url()).pathname;
  await page.getByRole("textbox", { name: /^Situation/ }).fill("I owned the metadata store of our object storage; p99 reads under 20 ms.");
  await expect(page.getByTestId("save-status")).toContainText(/Saved/);
  expect(await page.evaluate(() => window.__cspViolations ?? []), "the editor, after typing").toEqual([]);

  for (const path of [draftPath, `${draftPath}/history`, `/review/${draftPath.split("/").pop()}`]) {
    expect(await violationsAfterLoad(path), path).toEqual([]);
  }
});
