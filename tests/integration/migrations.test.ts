import { createHash } from "node:crypto";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  applyMigrations,
  MigrationError,
  pendingMigrations,
  readMigrations,
} from "@/lib/db/migrations";

import { createTestDatabase, type TestDatabase } from "../support/test-database";

interface HistoryRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

const history = (db: TestDatabase) =>
  db.target.query<HistoryRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

const tableExists = async (db: TestDatabase, table: string) =>
  (
    await db.target.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [
      table,
    ])
  )[0]?.exists;

describe("the migration runner", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.dispose();
  });

  it("applies every migration to an empty database and records each as Prisma Migrate does", async () => {
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const applied = await applyMigrations(db.target);

    expect(applied).toEqual(files.map((file) => file.name));
    const rows = await history(db);
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    for (const [index, row] of rows.entries()) {
      const file = files[index]!;
      expect(row.checksum).toBe(createHash("sha256").update(file.sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(db, '"Organisation"')).toBe(true);
  });

  it("applies nothing the second time", async () => {
    await applyMigrations(db.target);
    const before = await history(db);

    expect(await applyMigrations(db.target)).toEqual([]);
    expect(await pendingMigrations(db.target)).toEqual([]);
    expect(await history(db)).toEqual(before);
  });

  it("refuses to run when an applied migration has since been edited", async () => {
    const files = await readMigrations();
    await applyMigrations(db.target, files);
    const edited = files.map((file, index) =>
      index === 0 ? { ...file, sql: `${file.sql}\n-- edited`, checksum: "0".repeat(64) } : file,
    );

    await expect(applyMigrations(db.target, edited)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db.target, edited)).rejects.toThrow(
      /was edited after it was applied/,
    );
  });

  it("refuses to run against a database with migrations it does not know", async () => {
    const files = await readMigrations();
    await applyMigrations(db.target, files);

    await expect(applyMigrations(db.target, files.slice(1))).rejects.toThrow(
      /not in prisma\/migrations/,
    );
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const files = await readMigrations();
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "HalfDone" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;`,
      checksum: "f".repeat(64),
    };

    await expect(applyMigrations(db.target, [...files, broken])).rejects.toThrow(
      /Migration 99999999999999_broken failed/,
    );

    expect((await history(db)).map((row) => row.migration_name)).toEqual(files.map((f) => f.name));
    expect(await tableExists(db, '"HalfDone"')).toBe(false);
    expect(await tableExists(db, '"Organisation"')).toBe(true);
  });

  it("stops at a migration that failed earlier and was never resolved", async () => {
    const files = await readMigrations();
    await applyMigrations(db.target, files);
    await db.target.query(
      `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`,
      [files[0]!.name],
    );

    await expect(applyMigrations(db.target, files)).rejects.toThrow(/failed earlier/);
  });
});
