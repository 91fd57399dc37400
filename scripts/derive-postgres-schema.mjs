#!/usr/bin/env node
// Derives prisma/postgres/schema.prisma from prisma/schema.prisma (the one we edit).
// Prisma cannot read `provider` from the environment, so PostgreSQL needs its own schema
// file; everything but the provider and the generated client's folder is the same, and the
// lines written `// postgresql: …` in the source, which hold what only PostgreSQL has (a
// trigram index) and are uncommented here.
//   node scripts/derive-postgres-schema.mjs          write the derived schema
//   node scripts/derive-postgres-schema.mjs --check  exit 1 if the committed one is stale
// See docs/decisions/001-prisma-offline.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourceFile = path.join(root, "prisma", "schema.prisma");
const targetFile = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = `// GENERATED FILE, DO NOT EDIT. Derived from prisma/schema.prisma by
// \`npm run db:derive-postgres\`; edit that file and run the script again.
// (Prisma cannot take the provider from the environment; see docs/decisions/001-prisma-offline.md.)

`;

/** Replaces `key = value` inside the one block `<kind> <name> { ... }`; fails loudly if absent. */
function replaceInBlock(text, kind, key, value) {
  const block = new RegExp(`(^${kind}\\s+\\w+\\s*\\{[^}]*?^\\s*${key}\\s*=\\s*)[^\\n]*`, "m");
  if (!block.test(text)) throw new Error(`derive-postgres-schema: no \`${key}\` in a \`${kind}\` block of prisma/schema.prisma`);
  return text.replace(block, `$1${value}`);
}

export function derivePostgresSchema(sqliteSchema) {
  let text = sqliteSchema;
  text = replaceInBlock(text, "datasource", "provider", `"postgresql"`);
  text = replaceInBlock(text, "generator", "output", `"../../lib/generated/postgres"`);
  text = text.replace(/^(\s*)\/\/ postgresql: /gm, "$1");
  return HEADER + text;
}

const derived = derivePostgresSchema(readFileSync(sourceFile, "utf8"));

if (process.argv.includes("--check")) {
  const current = existsSync(targetFile) ? readFileSync(targetFile, "utf8") : null;
  if (current !== derived) {
    console.error(
      current === null
        ? "✖ prisma/postgres/schema.prisma is missing."
        : "✖ prisma/postgres/schema.prisma is stale: it does not match prisma/schema.prisma.",
    );
    console.error("  Run `npm run db:derive-postgres`, then create a PostgreSQL migration too, and commit both.");
    process.exit(1);
  }
  console.log("✓ prisma/postgres/schema.prisma is up to date with prisma/schema.prisma");
} else {
  mkdirSync(path.dirname(targetFile), { recursive: true });
  writeFileSync(targetFile, derived);
  console.log("wrote prisma/postgres/schema.prisma (derived from prisma/schema.prisma)");
}
