// Prisma CLI configuration. Works offline: the CLI's native schema engine cannot be downloaded
// here, so it runs our stand-in (scripts/prisma-schema-engine.mjs) over the WebAssembly engine.
// See docs/decisions/001-prisma-offline.md.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// A newcomer needs no .env: the default is a SQLite file under data/ (gitignored).
const url = process.env.DATABASE_URL || "file:./data/gameday.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

if (url.startsWith("file:")) {
  // Relative file URLs are relative to the project root (the CLI runs the engine there).
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
}

process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(root, "scripts", "prisma-schema-engine.mjs");
// No update check: it would only time out without a network.
process.env.CHECKPOINT_DISABLE = "1";

export default defineConfig({
  // `provider` cannot come from the environment, so PostgreSQL has its own schema, derived
  // from prisma/schema.prisma by scripts/derive-postgres-schema.mjs, and its own migrations.
  schema: isPostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPostgres ? "prisma/postgres/migrations" : "prisma/migrations",
  },
  datasource: { url },
});
