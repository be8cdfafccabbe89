import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openEmbeddedDatabase } from "@/lib/db/open";

import { migrateStatus } from "../support/prisma-cli";

// Our runner records migrations in Prisma's own format, so an operator's `prisma migrate status`
// (and `deploy`) agrees with what the application applied. Offline, the CLI reaches only PGlite,
// so this runs on an embedded database whichever database the rest of the suite uses.
describe("prisma migrate status", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "coalition-cli-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("finds an empty database behind, and the database the application migrated up to date", async () => {
    const pgliteDir = path.join(dataDir, "pglite");
    const { PGlite } = await import("@electric-sql/pglite");
    const { pgliteExtensions } = await import("@/lib/db/pglite-extensions");
    await (await PGlite.create(pgliteDir, { extensions: pgliteExtensions })).close();
    expect(await migrateStatus(pgliteDir)).toMatch(/have not yet been applied/);

    await (await openEmbeddedDatabase(dataDir)).close();

    expect(await migrateStatus(pgliteDir)).toMatch(/Database schema is up to date!/);
  });
});
