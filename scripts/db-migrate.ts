// Applies pending migrations: to the PostgreSQL server in DATABASE_URL, or else to the embedded
// database in DATA_DIR (which the application also does by itself at start-up).
import { openEmbeddedDatabase, migrateServerDatabase } from "@/lib/db/open";
import { readServerEnv } from "@/lib/env";

const env = readServerEnv();
try {
  if (env.DATABASE_URL) {
    const applied = await migrateServerDatabase(env.DATABASE_URL);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else {
    const database = await openEmbeddedDatabase(env.DATA_DIR);
    await database.close();
    console.log(`The embedded database in ${env.DATA_DIR} is up to date.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
