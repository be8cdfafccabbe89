import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { SqlTarget } from "./sql";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of the file, hex: the checksum Prisma Migrate records and compares. */
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  // The folder is named by the caller, so the bundler is told not to trace it (see next.config.ts).
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  );
}

// The table exactly as Prisma Migrate creates it, so `prisma migrate status` reads our records.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Compares the migration history in the database with the migration files. */
export function planMigrations(files: Migration[], history: HistoryRow[]): Migration[] {
  const live = history.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and was never resolved. ` +
        `Fix the database by hand, then mark it with \`prisma migrate resolve\`.`,
    );
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which is not in prisma/migrations. ` +
          `Is this an older version of the application?`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied. ` +
          `Restore the file and add a new migration for the change instead.`,
      );
    }
  }
  const applied = new Set(live.map((row) => row.migration_name));
  return files.filter((file) => !applied.has(file.name));
}

export async function pendingMigrations(
  target: SqlTarget,
  files?: Migration[],
): Promise<Migration[]> {
  const migrations = files ?? (await readMigrations());
  const [{ exists } = { exists: false }] = await target.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!exists) return migrations;
  const history = await target.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  return planMigrations(migrations, history);
}

/**
 * Applies every pending migration, each in its own transaction with its history row, so a
 * failure leaves neither half a migration nor a record of one. Returns the names applied.
 */
export async function applyMigrations(target: SqlTarget, files?: Migration[]): Promise<string[]> {
  return target.exclusively(async () => {
    await target.exec(CREATE_HISTORY_TABLE);
    const pending = await pendingMigrations(target, files);
    for (const migration of pending) {
      await target.transaction(async (session) => {
        const startedAt = new Date();
        try {
          await session.exec(migration.sql);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`Migration ${migration.name} failed: ${reason}`);
        }
        await session.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
      });
    }
    return pending.map((migration) => migration.name);
  });
}
