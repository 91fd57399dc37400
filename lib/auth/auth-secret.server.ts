import "server-only";

import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// The secret that signs session cookies (issue 9 §2). `npm start` needs no configuration:
// on SQLite, when BETTER_AUTH_SECRET is not set, a random secret is generated once into the
// data folder (beside the database, readable by its owner only) and reused on every start.
// On PostgreSQL (a deployment, possibly several instances) it must come from the environment,
// so that every instance signs alike and no secret lives on one machine's disk.

const MIN_LENGTH = 32;

export function resolveAuthSecret(env: { BETTER_AUTH_SECRET?: string; DATABASE_URL?: string }, dataDir: string): string {
  const given = env.BETTER_AUTH_SECRET?.trim();
  if (given) {
    if (given.length < MIN_LENGTH) throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_LENGTH} characters (try: openssl rand -hex 32).`);
    return given;
  }
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) {
    throw new Error("BETTER_AUTH_SECRET is required when DATABASE_URL is PostgreSQL (generate one with: openssl rand -hex 32).");
  }
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_LENGTH) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
