import { mkdirSync, rmSync } from "node:fs";

import { dbIndependent, expect, test } from "./fixtures";
import { cookieHeader, kill, signIn, startE2eServer, startNextServer, waitForAnswer, waitForHealth, workerPort, type Server } from "./servers";

// /api/health must say whether the database can take a write (load balancers route on it),
// and requests that need a database that is down must say so, never a bare 500.

test("/api/health answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});

test("with the database unreachable, health and export answer 503 with a message", async ({ account }) => {
  test.setTimeout(90_000);
  // The same production build, pointed at a PostgreSQL port where nothing listens.
  const server = startNextServer(workerPort(80), "postgresql://nobody:nothing@127.0.0.1:9/none");
  try {
    expect(await waitForAnswer(server)).toBe(503);
    const health = await fetch(`${server.baseURL}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", message: expect.stringContaining("cannot be written") });

    // A signed-in request (the demo candidate's session, signed with the secret every e2e server
    // shares): looking the session up is the first database read, and it fails.
    const exported = await fetch(`${server.baseURL}/drafts/some-draft-id/export`, { headers: { cookie: cookieHeader(account.storageState) } });
    expect(exported.status).toBe(503);
    expect(exported.headers.get("content-type")).toContain("text/plain");
    expect(await exported.text()).toContain("The database cannot be reached right now");
  } finally {
    kill(server);
  }
});

test("SQLite: deleting the data folder turns health to 503 and saves are refused, not lost", dbIndependent, async () => {
  test.setTimeout(120_000);
  const port = workerPort(84);
  const folder = `data/e2e-health-${port}`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let server: Server | undefined;
  try {
    server = startE2eServer(port, `file:./${folder}/gameday.db`);
    await waitForHealth(server);
    const session = await signIn(server);
    const marker = `never-in-a-log-${Date.now()}`;
    const save = await saveThroughHttp(server, session, marker);
    expect(save.first).toMatchObject({ ok: true });

    rmSync(folder, { recursive: true, force: true });

    const health = await fetch(`${server.baseURL}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", message: expect.stringContaining("file is missing") });
    // In WAL mode a write would still "succeed" into the deleted file; it must be refused so the
    // browser keeps its copy.
    const late = await postSave(server, session, save.draftId, { ...save.body, situation: `${marker} after`, baseVersion: save.version, clientSaveId: crypto.randomUUID() });
    expect(late.status).toBe(500);
    expect(await late.json()).toMatchObject({ ok: false, kind: "error", message: expect.stringContaining("could not save") });

    // The JSON log: one object per line, a request id on each request's lines, no draft text.
    const lines = server.output().split("\n").filter((line) => line.startsWith("{"));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = entries.filter((entry) => entry.msg === "request" || String(entry.msg).startsWith("draft save") || String(entry.msg).startsWith("health"));
    expect(requestLines.length).toBeGreaterThan(4);
    for (const entry of requestLines) expect(entry.requestId, JSON.stringify(entry)).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(entries.some((entry) => entry.msg === "draft save failed")).toBe(true);
    expect(server.output()).not.toContain(marker);
  } finally {
    kill(server);
    rmSync(folder, { recursive: true, force: true });
  }
});

function postSave(server: Server, session: string, draftId: string, body: Record<string, unknown>) {
  return fetch(`${server.baseURL}/api/drafts/${draftId}/save`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseURL, cookie: session },
    body: JSON.stringify(body),
  });
}

/** Saves `situation` into the first seeded draft, learning its version from a conflict first. */
async function saveThroughHttp(server: Server, session: string, situation: string) {
  const list = await (await fetch(`${server.baseURL}/drafts`, { headers: { cookie: session } })).text();
  const draftId = /href="\/drafts\/([A-Za-z0-9_-]{10,})"/.exec(list)?.[1];
  if (!draftId) throw new Error("no draft link on /drafts");
  const body = { title: "Health test", situation, task: "", actions: "", results: "" };
  const probe = (await (await postSave(server, session, draftId, { ...body, baseVersion: 1_000_000, clientSaveId: crypto.randomUUID() })).json()) as {
    kind: string;
    current: { version: number };
  };
  expect(probe.kind).toBe("conflict");
  const first = (await (await postSave(server, session, draftId, { ...body, baseVersion: probe.current.version, clientSaveId: crypto.randomUUID() })).json()) as {
    ok: boolean;
    version: number;
  };
  return { draftId, body, first, version: first.version };
}
