import { mkdir } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { logger } from "@/lib/server/logger";

import { lockDataDirectory } from "./lock";
import { pgliteExtensions } from "./pglite-extensions";
import { applyMigrations, pendingMigrations } from "./migrations";
import { countingQueries, countingQueriesEnabled } from "./query-count";
import { pgliteTarget, pgTarget } from "./sql";
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

// pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils than
// @prisma/client 6.19; the runtime contract is the same, so the factory is narrowed here once.
type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];
function pgliteAdapter(db: PGlite): AdapterFactory {
  return maybeCounting(new PrismaPGlite(db)) as unknown as AdapterFactory;
}

/** The adapter, counting its statements when the benchmark asks for it. */
function maybeCounting<T extends object>(adapter: T): T {
  return countingQueriesEnabled() ? countingQueries(adapter) : adapter;
}

/** Wraps an open PGlite database (in memory or on disk) in a Prisma client. */
export function pgliteDatabase(
  db: PGlite,
  onClose: () => Promise<void> = async () => {},
): Database {
  const prisma = new PrismaClient({ adapter: pgliteAdapter(db), omit: secretColumns });
  return {
    prisma,
    kind: "embedded",
    pendingMigrations: async () => (await pendingMigrations(pgliteTarget(db))).map((m) => m.name),
    close: once(async () => {
      await prisma.$disconnect();
      if (!db.closed) await db.close();
      await onClose();
    }),
  };
}

/**
 * Opens the embedded database in `dataDir`: takes the directory lock, starts PGlite and applies
 * pending migrations. Throws DataDirectoryLockedError when another process has it open.
 */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  refuseDuringBuild();
  await mkdir(dataDir, { recursive: true });
  const pgliteDir = path.join(dataDir, "pglite");
  const release = await lockDataDirectory(pgliteDir);
  try {
    const db = await PGlite.create(pgliteDir, { extensions: pgliteExtensions });
    try {
      await applyMigrations(pgliteTarget(db));
      // PGlite learns the array types (such as a list of enum values) when it starts; on a new
      // database the migrations have only just made them, so it must look again.
      await db.refreshArrayTypes();
    } catch (error) {
      await db.close();
      throw error;
    }
    return pgliteDatabase(db, release);
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
