// Restores a backup made by npm run db:backup into an empty DATA_DIR: npm run db:restore -- <file>.
import { restoreEmbeddedDatabase } from "@/lib/db/backup";
import { readServerEnv } from "@/lib/env";

const file = process.argv[2];
const env = readServerEnv();
if (!file) {
  console.error("Name the backup file: npm run db:restore -- coalition-backup.tar.gz");
  process.exit(1);
}
if (env.DATABASE_URL) {
  console.error(
    "DATABASE_URL is set: restore a PostgreSQL server with pg_restore (see the README).",
  );
  process.exit(1);
}
try {
  await restoreEmbeddedDatabase(file, env.DATA_DIR);
  console.log(`Restored ${file} into ${env.DATA_DIR}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
