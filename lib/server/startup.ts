import "server-only";

import { getDatabase } from "@/lib/db/client";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { MigrationError } from "@/lib/db/migrations";
import type { Database } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed/seed";
import { readServerEnv, type ServerEnv } from "@/lib/env";
import { logger } from "@/lib/server/logger";

export function shouldSeedDemoData(env: ServerEnv, kind: Database["kind"]): boolean {
  if (env.DEMO_DATA === "auto") return kind === "embedded";
  return env.DEMO_DATA === "true";
}

function closeOnSignals(database: Database) {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal} received: closing the database`);
    database.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("The database did not close cleanly", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
}

/**
 * Runs once as the server starts: opens the database (taking the embedded directory's lock and
 * applying migrations), seeds demo data where configured, and closes cleanly on shutdown.
 * A database that cannot be opened stops the process at once, with the reason.
 */
export async function startServer(): Promise<void> {
  const env = readServerEnv();
  let database: Database;
  try {
    database = await getDatabase();
  } catch (error) {
    if (error instanceof DataDirectoryLockedError || error instanceof MigrationError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  closeOnSignals(database);

  if (database.kind === "server") {
    const pending = await database.pendingMigrations();
    if (pending.length > 0) {
      logger.warn(
        `The database lacks ${pending.length} migration(s) (${pending.join(", ")}): run npm run db:migrate.`,
      );
    }
  }
  if (shouldSeedDemoData(env, database.kind)) {
    const outcome = await seedDemoData(database.prisma);
    logger.info(`Demo data: ${outcome}`);
  }
}
