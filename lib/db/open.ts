import { mkdir } from "node:fs/promises";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { logger } from "@/lib/server/logger";

import { lockDataDirectory } from "./lock";
import { type PGliteThread, startPGliteThread } from "./pglite-thread";
import { applyMigrations, pendingMigrations } from "./migrations";
import { countingQueries, countingQueriesEnabled } from "./query-count";
import { pgTarget } from "./sql";
import { type DbClient, secretColumns } from "./types";

export interface Database {
  prisma: DbClient;
  kind: "embedded" | "server";
  /** Migrations found in prisma/migrations that this database has not applied. */
  pendingMigrations(): Promise<string[]>;
  close(): Promise<void>;
}

export class DatabaseUnavailableDuringBuildError extends Error {
  override name = "DatabaseUnavailableDuringBuildError";
  constructor() {
    super("The database is never opened while the application is being built.");
  }
}

function refuseDuringBuild() {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new DatabaseUnavailableDuringBuildError();
  }
}

/** Closing twice (a signal during shutdown, say) closes once. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

// The thread's adapter has the runtime contract of Prisma's driver adapters; its factory is
// narrowed to the client's type here once.
type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

/** The adapter, counting its statements when the benchmark asks for it. */
function maybeCounting<T extends object>(adapter: T): T {
  return countingQueriesEnabled() ? countingQueries(adapter) : adapter;
}

/** A Prisma client on PGlite in its own thread (a data directory, or in memory for the tests). */
export function embeddedDatabase(
  thread: PGliteThread,
  onClose: () => Promise<void> = async () => {},
): Database {
  const prisma = new PrismaClient({
    adapter: maybeCounting(thread.adapterFactory) as unknown as AdapterFactory,
    omit: secretColumns,
  });
  return {
    prisma,
    kind: "embedded",
    pendingMigrations: async () => (await pendingMigrations(thread.sql)).map((m) => m.name),
    close: once(async () => {
      await prisma.$disconnect();
      await thread.close();
      await onClose();
    }),
  };
}

/**
 * Opens the embedded database in `dataDir`: takes the directory lock, starts PGlite in its thread
 * and applies pending migrations. Throws DataDirectoryLockedError when another process has it open.
 */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  refuseDuringBuild();
  await mkdir(dataDir, { recursive: true });
  const pgliteDir = path.join(dataDir, "pglite");
  const release = await lockDataDirectory(pgliteDir);
  try {
    const thread = await startPGliteThread({ directory: pgliteDir });
    try {
      await applyMigrations(thread.sql);
      // PGlite learns the array types (such as a list of enum values) when it starts; on a new
      // database the migrations have only just made them, so it must look again.
      await thread.refreshArrayTypes();
    } catch (error) {
      await thread.close();
      throw error;
    }
    return embeddedDatabase(thread, release);
  } catch (error) {
    await release();
    throw error;
  }
}

/** Settings of every session the app opens on a PostgreSQL server. */
export const SERVER_SESSION_OPTIONS = "-c jit=off";

/** Connects to a PostgreSQL server through a connection pool. Migrations are applied separately. */
export function openServerDatabase(connectionString: string, poolSize: number): Database {
  refuseDuringBuild();
  // JIT compilation is for long analytical queries. The platform's statements take milliseconds,
  // but a few (the peer finder's ranking, with its correlated counts) are estimated costly enough
  // to be compiled: 150 ms of compiling for 35 ms of work. Options in the address still win.
  const pool = new pg.Pool({ connectionString, max: poolSize, options: SERVER_SESSION_OPTIONS });
  // An idle connection the server drops (a restart, a failover) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (error) => logger.warn("A pooled database connection failed", error));
  const prisma = new PrismaClient({
    adapter: maybeCounting(new PrismaPg(pool)),
    omit: secretColumns,
  });
  return {
    prisma,
    kind: "server",
    async pendingMigrations() {
      const client = await pool.connect();
      try {
        return (await pendingMigrations(pgTarget(client))).map((m) => m.name);
      } finally {
        client.release();
      }
    },
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

/** Applies pending migrations to a PostgreSQL server (what `npm run db:migrate` runs). */
export async function migrateServerDatabase(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await applyMigrations(pgTarget(client));
  } finally {
    await client.end();
  }
}
