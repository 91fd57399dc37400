import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

import { expect, test, uniqueTitle } from "./fixtures";

// Kills the server without warning (SIGKILL, as a crash or OOM would) right after a save,
// starts it again on the same database, and checks that the saved draft is all there.
const port = 3190 + Number(process.env.TEST_WORKER_INDEX ?? 0);
const baseURL = `http://127.0.0.1:${port}`;
const databaseFile = `data/e2e-restart-${port}.db`;

function startServer(keep: boolean): ChildProcess {
  return spawn("node", ["scripts/e2e-server.mjs"], {
    detached: true, // own process group, so the kill reaches next-server too
    stdio: "ignore",
    env: {
      ...process.env,
      E2E_PORT: String(port),
      E2E_DATABASE_URL: `file:./${databaseFile}`,
      E2E_KEEP_DATABASE: keep ? "1" : "0",
    },
  });
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the restarted server did not become healthy");
}

function crash(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGKILL");
}

test("a server killed right after a save comes back with every saved word", async ({ page, browser, account }) => {
  test.setTimeout(90_000);
  rmSync(databaseFile, { force: true });
  let server = startServer(false);
  try {
    await waitForHealth();
    await page.goto(`${baseURL}/drafts`);
    await page.getByRole("button", { name: "New draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
    const url = page.url();
    const title = uniqueTitle("Survives a crash");
    await page.getByRole("textbox", { name: "Draft title" }).fill(title);
    await page.getByRole("textbox", { name: /^Situation/ }).fill("Written just before the power went out.");
    await expect(page.getByTestId("save-status")).toContainText("Saved");
    await page.close();

    crash(server);
    server = startServer(true);
    await waitForHealth();

    // A fresh browser profile: the text must come from the server, not from this device's copy.
    const fresh = await browser.newContext({ storageState: account.storageState });
    const again = await fresh.newPage();
    await again.goto(url);
    await expect(again.getByRole("textbox", { name: "Draft title" })).toHaveValue(title);
    await expect(again.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Written just before the power went out.");
    await fresh.close();
  } finally {
    crash(server);
  }
});
