import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, readMigrations } from "@/lib/db/migrations";

import { sqlForSchemaFromEmpty } from "../support/prisma-cli";
import { diffSnapshots, snapshotSchema } from "../support/schema-snapshot";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Applying every migration to an empty database must give exactly the schema that schema.prisma
// describes. If this fails, schema.prisma changed without a migration (npm run db:migration:new),
// or a migration was edited.
// Prisma cannot describe check constraints, so migrations add them by hand; they are the only
// differences allowed, and each must be named here.
const HAND_WRITTEN_CHECKS = [
  "PathwayStep.PathwayStep_one_lane",
  "InformationFlow.InformationFlow_two_steps",
  "InformationFlow.InformationFlow_volume_not_negative",
  "DataNeed.DataNeed_one_source",
  "DataNeed.DataNeed_volume_not_negative",
  "FrameworkQuestion.FrameworkQuestion_five_levels",
  "AssessmentAnswer.AssessmentAnswer_level_on_scale",
  "AssessmentAnswer.AssessmentAnswer_level_or_not_applicable",
  "AssessmentRound.AssessmentRound_closes_after_opening",
  "AssessmentScore.AssessmentScore_on_scale",
];
const isHandWrittenCheck = (difference: string) =>
  HAND_WRITTEN_CHECKS.some((name) => difference.startsWith(`+ constraint ${name} CHECK `));

describe("schema drift", () => {
  let expected: string[];
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return db;
  };

  beforeAll(async () => {
    const fromSchema = await fresh();
    // The migrations install pg_trgm by hand (Prisma's SQL only names its operator classes).
    await fromSchema.target.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
    await fromSchema.target.exec(await sqlForSchemaFromEmpty());
    expected = await snapshotSchema(fromSchema.target);
  });
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.dispose()));
  });

  it("finds the migrated database identical to schema.prisma", async () => {
    const migrated = await fresh();
    await applyMigrations(migrated.target);

    const all = diffSnapshots(expected, await snapshotSchema(migrated.target));
    expect(all.filter(isHandWrittenCheck)).toHaveLength(HAND_WRITTEN_CHECKS.length);
    const differences = all.filter((difference) => !isHandWrittenCheck(difference));

    expect(
      differences,
      `Schema drift (- schema.prisma only, + migrations only):\n${differences.join("\n")}`,
    ).toEqual([]);
    expect(expected.some((line) => line.startsWith("column Organisation.name text not null"))).toBe(
      true,
    );
  });

  it("reports an edited migration as a readable difference", async () => {
    const index = /CREATE INDEX "Organisation_placeId_type_idx"[^;]*;/;
    const files = await readMigrations();
    const edited = files.map((file) =>
      index.test(file.sql) ? { ...file, sql: file.sql.replace(index, "") } : file,
    );
    expect(edited).not.toEqual(files);
    const migrated = await fresh();
    await applyMigrations(migrated.target, edited);

    const differences = diffSnapshots(expected, await snapshotSchema(migrated.target)).filter(
      (difference) => !isHandWrittenCheck(difference),
    );

    expect(differences).toEqual([
      `- index CREATE INDEX "Organisation_placeId_type_idx" ON public."Organisation" USING btree ("placeId", type)`,
    ]);
  });
});
