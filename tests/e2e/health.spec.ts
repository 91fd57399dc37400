import { spawn } from "node:child_process";

import { expect, test } from "./fixtures";

test("/api/health answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});

test("/api/health answers 503 when the database cannot be reached", async () => {
  test.setTimeout(60_000);
  const port = 3180 + Number(process.env.TEST_WORKER_INDEX ?? 0);
  // The same production build, pointed at a PostgreSQL port where nothing listens.
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none" },
  });
  try {
    let status = 0;
    for (let i = 0; i < 120 && status === 0; i++) {
      try {
        status = (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    expect(status).toBe(503);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGKILL");
  }
});
