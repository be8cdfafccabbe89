import "server-only";

import { getDatabase } from "@/lib/db/client";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { MigrationError } from "@/lib/db/migrations";
import type { Database } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed/seed";
import { readServerEnv, type ServerEnv } from "@/lib/env";
import { type JobTicker, startJobTicker } from "@/lib/jobs/ticker";
import { logger } from "@/lib/server/logger";

export function shouldSeedDemoData(env: ServerEnv, kind: Database["kind"]): boolean {
  if (env.DEMO_DATA === "auto") return kind === "embedded";
  return env.DEMO_DATA === "true";
}

export function shouldRunJobs(env: ServerEnv): boolean {
  return env.JOBS !== "off";
}

function closeOnSignals(database: Database, jobs: { ticker?: JobTicker }) {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal} received: closing the database`);
    // A job in progress finishes before the database closes under it.
    const stopped = jobs.ticker?.stop() ?? Promise.resolve();
    stopped
      .then(() => database.close())
      .then(
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
 * applying migrations), seeds demo data where configured, starts the scheduled jobs' ticker
 * (unless JOBS=off), and on shutdown stops the ticker and closes the database cleanly.
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
  const jobs: { ticker?: JobTicker } = {};
  closeOnSignals(database, jobs);

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
  if (shouldRunJobs(env)) jobs.ticker = startJobTicker(database.prisma);
  else logger.info("Scheduled jobs: off in this process (JOBS=off)");
}
