// Applies the committed migrations to a database with the Prisma CLI (`migrate deploy`),
// choosing the SQLite or PostgreSQL migration history from the URL (prisma.config.ts does
// the choosing). Creates the SQLite file or the PostgreSQL database when it is missing.
// For scripts, the start script and tests; not for request handlers.
import { spawnSync } from "node:child_process";
import path from "node:path";

export type MigrateOptions = {
  /** The project root (where prisma.config.ts lives). Defaults to the working directory. */
  cwd?: string;
};

export function migrateDatabase(url: string, options: MigrateOptions = {}): void {
  const cwd = options.cwd ?? process.cwd();
  const prisma = path.join(cwd, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) {
    const safeUrl = url.replace(/\/\/[^@/]*@/, "//***@");
    throw new Error(
      `prisma migrate deploy failed for ${safeUrl} (exit ${result.status ?? result.signal}):\n${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`,
    );
  }
}
