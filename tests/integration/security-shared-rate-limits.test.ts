import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { createRateLimiter, type LimitSpec } from "@/lib/auth/rate-limiter";
import { getDatabase } from "@/lib/db/client";
import { type Database, openServerDatabase } from "@/lib/db/open";

import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-database";

// Finding 3 of the security review: the sign-in and reset limits must hold across app processes.
const spec = (): LimitSpec => ({ keyPrefix: `shared-${randomUUID()}`, points: 3, duration: 60 });

async function attempts(limiter: ReturnType<typeof createRateLimiter>, key: string, n: number) {
  const outcomes: boolean[] = [];
  for (let i = 0; i < n; i += 1) {
    outcomes.push(
      await limiter.consume(key).then(
        () => true,
        () => false,
      ),
    );
  }
  return outcomes;
}

describe("rate limits kept in the database", () => {
  it("count every limiter's attempts against one total, and reset for the next key", async () => {
    const database = await getDatabase();
    const asServer: Database = { ...database, kind: "server" };
    const limit = spec();
    const first = createRateLimiter(limit, asServer);
    const second = createRateLimiter(limit, asServer);

    expect(await attempts(first, "203.0.113.9", 2)).toEqual([true, true]);
    expect(await attempts(second, "203.0.113.9", 2)).toEqual([true, false]);
    expect(await attempts(second, "203.0.113.10", 1)).toEqual([true]);
    const stored = await database.prisma.rateLimit.findUnique({
      where: { key: `${limit.keyPrefix}:203.0.113.9` },
    });
    expect(stored?.points).toBe(4);
  });

  it("stay in memory on the embedded database, which one process owns", async () => {
    const database = await getDatabase();
    if (database.kind !== "embedded") return;
    const limit = spec();
    const limiter = createRateLimiter(limit, database);

    expect(await attempts(limiter, "198.51.100.1", 4)).toEqual([true, true, true, false]);
    expect(
      await database.prisma.rateLimit.count({ where: { key: { startsWith: limit.keyPrefix } } }),
    ).toBe(0);
  });
});

describe.skipIf(!serverUrl)("two app processes on one PostgreSQL server", () => {
  let test: TestDatabase;
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await test?.dispose();
  });

  it("share the limit: attempts through either count against both", async () => {
    test = await createTestDatabase();
    const first = await test.migrate();
    const second = openServerDatabase(test.url ?? "", 2);
    opened.push(first, second);
    const limit = spec();
    const throughFirst = createRateLimiter(limit, first);
    const throughSecond = createRateLimiter(limit, second);

    const outcomes = await Promise.all([
      attempts(throughFirst, "192.0.2.50", 2),
      attempts(throughSecond, "192.0.2.50", 2),
    ]);

    expect(outcomes.flat().filter(Boolean)).toHaveLength(3);
    expect(await attempts(throughFirst, "192.0.2.50", 1)).toEqual([false]);
  });
});
