#!/usr/bin/env node
// `npm run db:generate` (and `postinstall`): checks that the PostgreSQL schema is derived from
// the current SQLite schema, then generates both Prisma clients (lib/generated/sqlite and
// lib/generated/postgres, gitignored). Works offline: prisma.config.ts points the CLI at our
// schema-engine stand-in (docs/decisions/001-prisma-offline.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ db-generate: ${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, [path.join(root, "scripts", "derive-postgres-schema.mjs"), "--check"]);

const prisma = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  run(prisma, ["generate", "--schema", schema]);
}
