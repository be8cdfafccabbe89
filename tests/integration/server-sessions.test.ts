import { afterAll, describe, expect, it } from "vitest";

import { type Database, openServerDatabase } from "@/lib/db/open";

import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-database";

describe.skipIf(!serverUrl)("the app's sessions on a PostgreSQL server", () => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
    await test?.dispose();
  });

  it("never compile statements with JIT, whatever the server's own setting", async () => {
    test = await createTestDatabase();
    await test.migrate().then((migrated) => migrated.close());
    database = openServerDatabase(test.url ?? "", 2);
    const rows = await database.prisma.$queryRaw<
      { jit: string }[]
    >`SELECT current_setting('jit') AS jit`;
    expect(rows).toEqual([{ jit: "off" }]);
  });
});
