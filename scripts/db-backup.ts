// `npm run db:backup [-- FILE]`: a consistent copy of the database DATABASE_URL names
// (default: the SQLite file data/gameday.db), taken while the app keeps running.
// Prints the file written. See docs/decisions/006-durability-and-backups.md.
import { backupDatabase, defaultBackupFile } from "@/lib/ops/backup-database";
import { databaseUrl } from "@/lib/db";

const url = databaseUrl();
const file = process.argv[2] ?? defaultBackupFile(url);
try {
  const { bytes } = await backupDatabase(url, file);
  console.log(`backup: ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
