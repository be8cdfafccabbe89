import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = process.cwd();

// `npm run db:migration:new` on a copy of the project, so the real migrations stay untouched.
describe("writing a new migration offline", () => {
  let project: string;
  const migrationsDir = () => path.join(project, "prisma", "migrations");
  const newMigration = (name: string) =>
    run(process.execPath, ["--import", "tsx", "scripts/new-migration.ts", name], {
      cwd: project,
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });

  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), "coalition-migration-"));
    for (const entry of [
      "prisma",
      "scripts",
      "prisma.config.ts",
      "lib/db/pglite-extensions.ts",
      "package.json",
      "tsconfig.json",
    ]) {
      await cp(path.join(root, entry), path.join(project, entry), { recursive: true });
    }
    await symlink(path.join(root, "node_modules"), path.join(project, "node_modules"), "dir");
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it("writes nothing while schema.prisma matches the migrations", async () => {
    const before = await readdir(migrationsDir());

    const { stdout } = await newMigration("nothing");

    expect(stdout).toContain("nothing to write");
    expect(await readdir(migrationsDir())).toEqual(before);
  });

  it("writes the SQL for a change to schema.prisma", async () => {
    const schemaFile = path.join(project, "prisma", "schema.prisma");
    const schema = await readFile(schemaFile, "utf8");
    await writeFile(
      schemaFile,
      schema.replace("model Place {\n", "model Place {\n  description String?\n"),
    );

    const { stdout } = await newMigration("Add place description!");

    const created = (await readdir(migrationsDir())).filter((name) =>
      name.endsWith("_add_place_description"),
    );
    expect(created).toHaveLength(1);
    expect(stdout).toContain(created[0]);
    const sql = await readFile(path.join(migrationsDir(), created[0]!, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "Place" ADD COLUMN\s+"description" TEXT;/);
  });
});
