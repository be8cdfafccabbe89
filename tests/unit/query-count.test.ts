import { describe, expect, it } from "vitest";

import { countingQueries, countingQueriesEnabled, queryTallyStorage } from "@/lib/db/query-count";

// A stand-in driver adapter factory: what Prisma calls, in the shape it calls it.
function fakeFactory() {
  const queryable = {
    queryRaw: () => Promise.resolve({ rows: [] }),
    executeRaw: () => Promise.resolve(1),
  };
  return {
    provider: "postgres",
    connect: () =>
      Promise.resolve({
        ...queryable,
        startTransaction: () => Promise.resolve({ ...queryable, commit: () => Promise.resolve() }),
      }),
  };
}

describe("the benchmark's count of SQL statements", () => {
  it("counts every statement sent while a request runs, in transactions too", async () => {
    const adapter = await countingQueries(fakeFactory()).connect();
    const tally = { queries: 0 };
    await queryTallyStorage().run(tally, async () => {
      await adapter.queryRaw();
      await adapter.executeRaw();
      const transaction = await adapter.startTransaction();
      await transaction.queryRaw();
      await transaction.commit();
    });
    expect(tally.queries).toBe(3);
  });

  it("counts nothing outside a request, and keeps each request's tally its own", async () => {
    const adapter = await countingQueries(fakeFactory()).connect();
    await adapter.queryRaw();
    const first = { queries: 0 };
    const second = { queries: 0 };
    await Promise.all([
      queryTallyStorage().run(first, async () => {
        await adapter.queryRaw();
        await adapter.queryRaw();
      }),
      queryTallyStorage().run(second, () => adapter.queryRaw()),
    ]);
    expect([first.queries, second.queries]).toEqual([2, 1]);
  });

  it("EXPLAINs each read statement once when asked, naming the tables read whole", async () => {
    const sent: string[] = [];
    const plan = [{ Plan: { "Node Type": "Seq Scan", "Relation Name": "DataNeed" } }];
    const queryable = {
      queryRaw: ({ sql }: { sql: string }) => {
        sent.push(sql);
        if (sql.startsWith("EXPLAIN")) return Promise.resolve({ rows: [[JSON.stringify(plan)]] });
        if (sql.includes("pg_class")) return Promise.resolve({ rows: [[50000]] });
        return Promise.resolve({ rows: [] });
      },
      executeRaw: () => Promise.resolve(1),
    };
    const adapter = countingQueries(queryable);
    const query = (sql: string) => ({ sql, args: [], argTypes: [] });
    const tally = { queries: 0, explain: { statements: new Set<string>(), scans: [] } };
    await queryTallyStorage().run(tally, async () => {
      await adapter.queryRaw(query('SELECT * FROM "DataNeed"'));
      await adapter.queryRaw(query('SELECT * FROM "DataNeed"'));
      await adapter.queryRaw(query('UPDATE "DataNeed" SET "version" = 2'));
    });
    expect(tally.queries).toBe(3);
    expect(tally.explain.scans).toEqual([
      { table: "DataNeed", rows: 50000, statement: 'SELECT * FROM "DataNeed"' },
    ]);
    expect(sent.filter((sql) => sql.startsWith("EXPLAIN"))).toHaveLength(1);
    expect(sent.filter((sql) => !sql.startsWith("EXPLAIN") && !sql.includes("pg_class"))).toEqual([
      'SELECT * FROM "DataNeed"',
      'SELECT * FROM "DataNeed"',
      'UPDATE "DataNeed" SET "version" = 2',
    ]);
  });

  it("is on only when the benchmark asks for it", () => {
    expect(countingQueriesEnabled({})).toBe(false);
    expect(countingQueriesEnabled({ BENCH_COUNT_QUERIES: "1" })).toBe(false);
    expect(countingQueriesEnabled({ BENCH_COUNT_QUERIES: "true" })).toBe(true);
  });
});
