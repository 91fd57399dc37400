// The server Playwright starts: a fresh database (SQLite file, or the PostgreSQL
// database named by E2E_DATABASE_URL, emptied first unless E2E_KEEP_DATABASE=1),
// migrated and seeded, then the production build on 127.0.0.1.
import { rmSync } from "node:fs";
import path from "node:path";

import { bin, DEFAULT_KEEP_ALIVE_MS, handOver, mustRun, root } from "./lib/run.mjs";

const port = process.env.E2E_PORT ?? "3100";
const databaseUrl = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";

const keep = process.env.E2E_KEEP_DATABASE === "1";
if (keep) {
  // Restarting on the same data (the crash-restart test): nothing is removed.
} else if (databaseUrl.startsWith("file:")) {
  const file = path.resolve(root, databaseUrl.slice("file:".length));
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
} else {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

// PostgreSQL requires a session secret from the environment (lib/auth/auth-secret.server.ts).
// Playwright passes the e2e one (tests/e2e/servers.ts); run by hand on PostgreSQL, this
// script brings a fixed one of its own. On SQLite without one it is generated into data/.
const secret = process.env.BETTER_AUTH_SECRET || (databaseUrl.startsWith("file:") ? undefined : "e2e-only-secret-0123456789abcdef0123456789abcdef");
const env = { DATABASE_URL: databaseUrl, PORT: port, ...(secret ? { BETTER_AUTH_SECRET: secret } : {}) };
mustRun(bin("prisma"), ["migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
mustRun(bin("tsx"), ["scripts/seed.ts"], { env });
// The keep-alive the app is started with (npm start): a request on a connection the server had just
// closed at Node's 5 s default once failed a CI run with ECONNRESET.
handOver(bin("next"), ["start", "--port", port, "--hostname", "127.0.0.1", "--keepAliveTimeout", String(DEFAULT_KEEP_ALIVE_MS)], { env: { ...env, NODE_ENV: "production" } });
