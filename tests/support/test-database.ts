import { randomBytes } from "node:crypto";

import pg from "pg";
import { inject } from "vitest";

import { applyMigrations, type Migration } from "@/lib/db/migrations";
import {
  type Database,
  embeddedDatabase,
  migrateServerDatabase,
  openServerDatabase,
} from "@/lib/db/open";
import { startPGliteThread } from "@/lib/db/pglite-thread";
import { pgTarget, type SqlTarget } from "@/lib/db/sql";

/**
 * A fresh, empty database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL. `dispose` drops it.
 */
export interface TestDatabase {
  kind: "pglite" | "postgres";
  /** The PostgreSQL server's URL of this database (not set on PGlite), for a second client. */
  url?: string;
  /** Raw SQL access, for schema inspection and for setting up states the app cannot reach. */
  target: SqlTarget;
  /** Applies prisma/migrations (or the given migrations) and returns a Prisma-backed Database. */
  migrate(files?: Migration[]): Promise<Database>;
  dispose(): Promise<void>;
}

export const serverUrl = process.env.TEST_DATABASE_URL || undefined;

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createPostgresDatabase(base: string): Promise<TestDatabase> {
  const name = `coalition_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = databaseUrl(base, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let database: Database | undefined;
  return {
    kind: "postgres",
    url,
    target: pgTarget(client),
    async migrate(files) {
      if (files) await applyMigrations(pgTarget(client), files);
      else await migrateServerDatabase(url);
      database = openServerDatabase(url, 4);
      return database;
    },
    async dispose() {
      await database?.close();
      await client.end();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function createPgliteDatabase(state: DatabaseState): Promise<TestDatabase> {
  // The app's own embedded database: PGlite in its thread, here in memory.
  const templates = inject("pgliteTemplates");
  const thread = await startPGliteThread(templates ? { template: templates[state] } : {});
  let database: Database | undefined;
  return {
    kind: "pglite",
    target: thread.sql,
    async migrate(files) {
      await applyMigrations(thread.sql, files);
      await thread.refreshArrayTypes();
      database = embeddedDatabase(thread);
      return database;
    },
    async dispose() {
      await (database ?? thread).close();
    },
  };
}

/** "empty": no tables at all. "migrated": prisma/migrations already applied (migrate() is then quick). */
type DatabaseState = "empty" | "migrated";

export function createTestDatabase(state: DatabaseState = "empty"): Promise<TestDatabase> {
  return serverUrl ? createPostgresDatabase(serverUrl) : createPgliteDatabase(state);
}
