import { expect, test } from "./fixtures";
import { cookieHeader, kill, startNextServer, waitForHealth, workerPort, type Server } from "./servers";

// Scale-out: two app instances (two `next start`, two ports) on the e2e suite's one database
// (PostgreSQL in CI's second pass; a shared SQLite file in the first, which proves the busy
// timeout between processes). Concurrent saves of one draft through both: in each round
// exactly one save wins the next version, every other one is told (a conflict carrying the
// winner's text), and the database holds exactly the winners' versions: nothing lost. And the
// per-account sign-in budget is one count across both (it lives in the database, not in either
// process's memory).

const databaseUrl = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
const ROUNDS = 8;
// Issue 10: sixteen clients racing one version (eight through each instance).
const SAVES_PER_ROUND = 16;

type Answer = { ok: boolean; kind?: string; version?: number; current?: { version: number; situation: string } };

function save(server: Server, session: string, draftId: string, baseVersion: number, situation: string): Promise<Answer> {
  return fetch(`${server.baseURL}/api/drafts/${draftId}/save`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseURL, cookie: session },
    body: JSON.stringify({ title: "Two instances", situation, task: "", actions: "", results: "", baseVersion, clientSaveId: crypto.randomUUID() }),
  }).then((response) => response.json() as Promise<Answer>);
}

test("two instances on one database: one winner per version, every loser told, nothing lost; one sign-in budget", async ({ page, account }) => {
  test.setTimeout(180_000);
  let a: Server | undefined;
  let b: Server | undefined;
  try {
    // Same database as Playwright's own server, which already migrated and seeded it: plain
    // `next start` (two migrations at once on one SQLite file would wait on each other's lock).
    // The demo candidate's session (made on Playwright's server, same database and secret)
    // is good on both: the page's cookie goes to any port of 127.0.0.1, and the saves send it.
    const session = cookieHeader(account.storageState);
    a = startNextServer(workerPort(100), databaseUrl);
    b = startNextServer(workerPort(104), databaseUrl);
    await Promise.all([waitForHealth(a), waitForHealth(b)]);

    await page.goto(`${a.baseURL}/drafts`);
    await page.getByRole("button", { name: "New draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
    const draftId = new URL(page.url()).pathname.split("/")[2]!;
    await page.close();

    let version = 1;
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const texts = Array.from({ length: SAVES_PER_ROUND }, (_, i) => `round ${round}, save ${i} through ${i % 2 ? "B" : "A"}`);
      const answers = await Promise.all(texts.map((text, i) => save(i % 2 ? b! : a!, session, draftId, version, text)));
      const won = answers.flatMap((answer, i) => (answer.ok ? [texts[i]!] : []));
      expect(won, `round ${round}: ${JSON.stringify(answers)}`).toHaveLength(1);
      expect(answers.find((answer) => answer.ok)?.version).toBe(version + 1);
      for (const answer of answers.filter((x) => !x.ok)) {
        expect(answer).toMatchObject({ kind: "conflict", current: { version: version + 1, situation: won[0] } });
      }
      winners.push(won[0]!);
      version += 1;
      // Each instance now reads the winner's text.
      for (const server of [a, b]) {
        const current = await save(server, session, draftId, 1_000_000, "probe");
        expect(current.current).toMatchObject({ version, situation: won[0] });
      }
    }
    expect(winners).toHaveLength(ROUNDS);

    // Sign-in attempts for one account, alternating between the instances, each from its own
    // address (so the per-address limit is not what runs out): the budget of 8 is spent once
    // in all, not once per instance.
    const email = `budget-${crypto.randomUUID()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const server = i % 2 ? b : a;
      const response = await fetch(`${server.baseURL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.baseURL, "x-forwarded-for": `198.51.100.${i + 1}` },
        body: JSON.stringify({ email, password: `wrong-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);
  } finally {
    kill(a);
    kill(b);
  }
});
