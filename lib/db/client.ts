import type { DbClient } from "@/lib/db/types";
import "server-only";

import { readServerEnv } from "@/lib/env";

import { type Database, openEmbeddedDatabase, openServerDatabase } from "./open";

// One database per process, kept on globalThis so that module reloads in development reuse it
// instead of opening the embedded directory twice.
const holder = globalThis as typeof globalThis & { coalitionDatabase?: Promise<Database> };

function openConfiguredDatabase(): Promise<Database> {
  const env = readServerEnv();
  return env.DATABASE_URL
    ? Promise.resolve(openServerDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE))
    : openEmbeddedDatabase(env.DATA_DIR);
}

/** The process's database, opened on first use (the server opens it at start-up). */
export function getDatabase(): Promise<Database> {
  holder.coalitionDatabase ??= openConfiguredDatabase().catch((error: unknown) => {
    holder.coalitionDatabase = undefined;
    throw error;
  });
  return holder.coalitionDatabase;
}

/** The Prisma client: the one way application code reaches the database. */
export async function getPrisma(): Promise<DbClient> {
  return (await getDatabase()).prisma;
}

/** Installs a database for this process (tests give each file a fresh one). */
export function useDatabase(database: Database): void {
  holder.coalitionDatabase = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.coalitionDatabase;
  holder.coalitionDatabase = undefined;
  if (pending) await (await pending).close();
}
