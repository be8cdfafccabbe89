import { describe, expect, it } from "vitest";

import { MigrationError, planMigrations } from "@/lib/db/migrations";

const file = (name: string, checksum = `${name}-sum`) => ({ name, sql: "", checksum });
const applied = (name: string, checksum = `${name}-sum`, finished = true, rolledBack = false) => ({
  migration_name: name,
  checksum,
  finished_at: finished ? new Date() : null,
  rolled_back_at: rolledBack ? new Date() : null,
});

describe("planning migrations", () => {
  it("plans every file for a new database, in order", () => {
    expect(planMigrations([file("1_a"), file("2_b")], []).map((m) => m.name)).toEqual([
      "1_a",
      "2_b",
    ]);
  });

  it("plans only the files not yet applied", () => {
    expect(planMigrations([file("1_a"), file("2_b")], [applied("1_a")]).map((m) => m.name)).toEqual(
      ["2_b"],
    );
  });

  it("applies again a migration that was rolled back", () => {
    const history = [applied("1_a", "1_a-sum", false, true)];
    expect(planMigrations([file("1_a")], history).map((m) => m.name)).toEqual(["1_a"]);
  });

  it("refuses an edited migration, an unknown one and an unresolved failure", () => {
    expect(() => planMigrations([file("1_a")], [applied("1_a", "other")])).toThrow(MigrationError);
    expect(() => planMigrations([file("1_a")], [applied("1_a"), applied("2_z")])).toThrow(/2_z/);
    expect(() => planMigrations([file("1_a")], [applied("1_a", "1_a-sum", false)])).toThrow(
      /failed earlier/,
    );
  });
});
