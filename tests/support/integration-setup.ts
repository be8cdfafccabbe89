import { afterAll, beforeAll } from "vitest";

import { closeDatabase, useDatabase } from "@/lib/db/client";

import { createTestDatabase, type TestDatabase } from "./test-database";

// Each test file gets its own fresh, migrated database as the application's database, so files
// run in parallel without seeing each other's data.
let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase("migrated");
  useDatabase(await testDatabase.migrate());
});

afterAll(async () => {
  await closeDatabase();
  await testDatabase.dispose();
});
