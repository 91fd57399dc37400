// `npm run db:restore -- FILE`: puts a backup from `npm run db:backup` back into the
// database DATABASE_URL names. Everything written since that backup is replaced.
// Stop the app first on PostgreSQL; see docs/decisions/006-durability-and-backups.md.
import { restoreDatabase } from "@/lib/ops/backup-database";
import { databaseUrl } from "@/lib/db";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- BACKUP_FILE");
  process.exit(2);
}
try {
  await restoreDatabase(databaseUrl(), file);
  console.log(`restore: ${file} is now the database`);
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
