import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";

import { applyMigrations } from "@/lib/db/migrations";
import { pgliteExtensions } from "@/lib/db/pglite-extensions";
import { pgliteTarget } from "@/lib/db/sql";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplates: { empty: string; migrated: string } | null;
  }
}

// Starting PGlite from nothing (initdb) takes seconds; loading a saved data directory takes a
// fraction of that. Each test file starts from one of these two snapshots.
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplates", null);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "coalition-test-"));
  const db = await PGlite.create({ extensions: pgliteExtensions });
  const save = async (name: string) => {
    const file = path.join(dir, `${name}.tar`);
    await writeFile(file, Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer()));
    return file;
  };
  const empty = await save("empty");
  await applyMigrations(pgliteTarget(db));
  const migrated = await save("migrated");
  await db.close();
  project.provide("pgliteTemplates", { empty, migrated });
  return () => rm(dir, { recursive: true, force: true });
}
