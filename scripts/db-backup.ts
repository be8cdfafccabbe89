// Backs up the embedded database in DATA_DIR to one file: npm run db:backup -- <file>.
// Stop the app first: the backup takes the data directory's lock, as the app does.
import { backupEmbeddedDatabase } from "@/lib/db/backup";
import { readServerEnv } from "@/lib/env";

const file = process.argv[2];
const env = readServerEnv();
if (!file) {
  console.error("Name the backup file: npm run db:backup -- coalition-backup.tar.gz");
  process.exit(1);
}
if (env.DATABASE_URL) {
  console.error("DATABASE_URL is set: back up a PostgreSQL server with pg_dump (see the README).");
  process.exit(1);
}
try {
  const bytes = await backupEmbeddedDatabase(env.DATA_DIR, file);
  console.log(`Backed up the embedded database in ${env.DATA_DIR} to ${file} (${bytes} bytes).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
