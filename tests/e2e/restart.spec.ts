import { rmSync } from "node:fs";

import pg from "pg";

import { expect, test, uniqueTitle } from "./fixtures";
import { browserCookies, kill, signIn, startE2eServer, startNextServer, waitForHealth, workerPort, type Server } from "./servers";

// Kills the server without warning (SIGKILL, as a crash or OOM would), starts it again on the
// same database, and checks that every acknowledged save is there. Runs on the database kind
// the e2e suite runs on: a SQLite file of its own, or (with E2E_DATABASE_URL=postgresql://…)
// a PostgreSQL database of its own on the same server, seeded like any other: the test signs
// in there as the demo candidate (the session lives in that database, so it outlives the kill).
const port = workerPort(90);

async function ownDatabase(): Promise<string> {
  const e2e = process.env.E2E_DATABASE_URL;
  if (!e2e?.startsWith("postgres")) {
    const file = `data/e2e-restart-${port}.db`;
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    return `file:./${file}`;
  }
  const url = new URL(e2e);
  const name = `${url.pathname.slice(1)}_restart_${port}`;
  const admin = new pg.Client({ connectionString: e2e });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

test("a server killed right after a save comes back with every saved word", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const databaseUrl = await ownDatabase();
  let server: Server = startE2eServer(port, databaseUrl);
  try {
    await waitForHealth(server);
    const session = await signIn(server);
    await page.context().addCookies(browserCookies(server, session));
    await page.goto(`${server.baseURL}/drafts`);
    await page.getByRole("button", { name: "New draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+/);
    const url = page.url();
    const title = uniqueTitle("Survives a crash");
    await page.getByRole("textbox", { name: "Draft title" }).fill(title);
    await page.getByRole("textbox", { name: /^Situation/ }).fill("Written just before the power went out.");
    await expect(page.getByTestId("save-status")).toContainText("Saved");
    await page.close();

    kill(server);
    server = startNextServer(port, databaseUrl); // same data, no migration or seed: just the app again
    await waitForHealth(server);

    // A fresh browser profile: the text must come from the server, not from this device's copy.
    const fresh = await browser.newContext();
    await fresh.addCookies(browserCookies(server, session));
    const again = await fresh.newPage();
    await again.goto(url);
    await expect(again.getByRole("textbox", { name: "Draft title" })).toHaveValue(title);
    await expect(again.getByRole("textbox", { name: /^Situation/ })).toHaveValue("Written just before the power went out.");
    await fresh.close();

    // Killed in the middle of a stream of saves, twice: every save that was answered
    // "ok" is in the database afterwards (the last acknowledged version or a later one).
    const draftId = new URL(url).pathname.split("/")[2]!;
    const probe = (await (await postSave(server, session, draftId, 1_000_000, "probe")).json()) as { current: { version: number; situation: string } };
    let version = probe.current.version;
    let acknowledged = 0;
    let acknowledgedText = probe.current.situation;
    for (let round = 0; round < 2; round++) {
      const stream = (async () => {
        for (let i = 0; ; i++) {
          try {
            const text = `round ${round} save ${i}`;
            const response = await postSave(server, session, draftId, version, text);
            const answer = (await response.json()) as { ok: boolean; version: number };
            if (!answer.ok) throw new Error(`save refused: ${JSON.stringify(answer)}`);
            version = answer.version;
            acknowledgedText = text;
            acknowledged++;
          } catch (error) {
            if (String(error).includes("save refused")) throw error;
            return; // the server is gone
          }
        }
      })();
      // Mid-stream: after this round's second acknowledged save, at a different moment each round.
      const before = acknowledged;
      while (acknowledged < before + 2) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 50 + 150 * round));
      kill(server);
      await stream;
      const lastAcknowledged = version;
      server = startNextServer(port, databaseUrl); // same data, no migration or seed: just the app again
      await waitForHealth(server);
      const stored = (await (await postSave(server, session, draftId, 1_000_000, "probe")).json()) as { current: { version: number; situation: string } };
      // A save in flight at the kill may have committed without its answer arriving: later, never earlier.
      expect(stored.current.version).toBeGreaterThanOrEqual(lastAcknowledged);
      if (stored.current.version === lastAcknowledged) expect(stored.current.situation).toBe(acknowledgedText);
      version = stored.current.version;
      acknowledgedText = stored.current.situation;
    }
    expect(acknowledged).toBeGreaterThan(3);
  } finally {
    kill(server);
  }
});

function postSave(server: Server, session: string, draftId: string, baseVersion: number, situation: string) {
  return fetch(`${server.baseURL}/api/drafts/${draftId}/save`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseURL, cookie: session },
    body: JSON.stringify({ title: "Crash stream", situation, task: "", actions: "", results: "", baseVersion, clientSaveId: crypto.randomUUID() }),
  });
}
