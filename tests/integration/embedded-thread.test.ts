import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isUniqueViolation } from "@/lib/db/errors";
import { applyMigrations } from "@/lib/db/migrations";
import { type Database, embeddedDatabase } from "@/lib/db/open";
import {
  DatabaseThreadStoppedError,
  type PGliteThread,
  startPGliteThread,
} from "@/lib/db/pglite-thread";

// The embedded database runs in a thread of its own (lib/db/pglite-thread.ts): its queries leave
// the app's thread free, and what it answers, errors and transactions included, crosses intact.

describe("the embedded database's thread", () => {
  let thread: PGliteThread;
  beforeAll(async () => {
    thread = await startPGliteThread({});
  });
  afterAll(async () => {
    await thread.close();
  });

  it("leaves the app's thread free while a long query runs", async () => {
    let turns = 0;
    const counting = setInterval(() => (turns += 1), 1);
    try {
      // Run in the app's thread, the query would hold it until the answer: no turn in between.
      await thread.sql.query("SELECT count(*) FROM generate_series(1, 3000000)");
    } finally {
      clearInterval(counting);
    }
    expect(turns).toBeGreaterThan(0);
  });

  it("answers rows as the query made them", async () => {
    const rows = await thread.sql.query<{ n: number; word: string }>(
      "SELECT n, 'row ' || n AS word FROM generate_series(1, 3) AS n ORDER BY n",
    );
    expect(rows).toEqual([
      { n: 1, word: "row 1" },
      { n: 2, word: "row 2" },
      { n: 3, word: "row 3" },
    ]);
  });

  it("passes on a database error with its code", async () => {
    await expect(thread.sql.query("SELECT 1 / 0")).rejects.toMatchObject({
      code: "22012",
      message: "division by zero",
    });
  });

  it("rolls back a transaction whose work fails, and commits one that succeeds", async () => {
    await thread.sql.exec("CREATE TABLE kept (n int)");
    await expect(
      thread.sql.transaction(async (session) => {
        await session.query("INSERT INTO kept VALUES (1)");
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    await thread.sql.transaction((session) => session.query("INSERT INTO kept VALUES (2)"));
    expect(await thread.sql.query("SELECT n FROM kept")).toEqual([{ n: 2 }]);
  });

  it("refuses at once, and says why, once it has stopped", async () => {
    const stopped = await startPGliteThread({});
    await stopped.close();
    await expect(stopped.sql.query("SELECT 1")).rejects.toBeInstanceOf(DatabaseThreadStoppedError);
  });
});

describe("Prisma on the embedded database's thread", () => {
  let database: Database;
  beforeAll(async () => {
    // Its own database in memory, migrated from nothing, whichever database the suite runs on.
    const thread = await startPGliteThread({});
    await applyMigrations(thread.sql);
    await thread.refreshArrayTypes();
    database = embeddedDatabase(thread);
  });
  afterAll(async () => {
    await database.close();
  });

  it("knows a unique violation for what it is", async () => {
    await database.prisma.place.create({ data: { name: "Thread Vale" } });
    const duplicate = await database.prisma.place
      .create({ data: { name: "Thread Vale" } })
      .catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ cause: { code: "23505" } });
    expect(isUniqueViolation(duplicate)).toBe(true);
  });

  it("keeps nothing of an interactive transaction that fails", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.place.create({ data: { name: "Half Vale" } });
        throw new Error("the second write failed");
      }),
    ).rejects.toThrow("the second write failed");
    expect(await database.prisma.place.count({ where: { name: "Half Vale" } })).toBe(0);
    await database.prisma.$transaction(async (tx) => {
      await tx.place.create({ data: { name: "Whole Vale" } });
    });
    expect(await database.prisma.place.count({ where: { name: "Whole Vale" } })).toBe(1);
  });
});
