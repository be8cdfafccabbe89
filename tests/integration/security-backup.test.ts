import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "@/lib/db/backup";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { type Database, openEmbeddedDatabase } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed/seed";
import { Prisma } from "@/lib/generated/prisma/client";

// Backups of the embedded database: a backup restored into a fresh data directory holds every
// row of every table, unchanged.
const folders: string[] = [];
async function folder() {
  const made = await mkdtemp(path.join(tmpdir(), "coalition-backup-"));
  folders.push(made);
  return made;
}
afterAll(async () => {
  await Promise.all(folders.map((made) => rm(made, { recursive: true, force: true })));
});

/** Each table's row count and a hash of its rows' content. */
async function fingerprint(database: Database) {
  const tables = await database.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const result: Record<string, { rows: number; hash: string | null }> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await database.prisma.$queryRaw<{ rows: bigint; hash: string | null }[]>(
      Prisma.sql`SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash
                 FROM ${Prisma.raw(quoted)} t`,
    );
    result[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? null };
  }
  return result;
}

describe("backing up and restoring the embedded database", () => {
  it("restores every table's rows unchanged into a fresh data directory", async () => {
    const original = await folder();
    const database = await openEmbeddedDatabase(original);
    await seedDemoData(database.prisma);
    await database.prisma.outboxMessage.create({
      data: { toAddress: "someone@example.org", subject: "Kept", body: "[link]", link: "x" },
    });
    await database.prisma.rateLimit.create({ data: { key: "sign-in-ip:192.0.2.1", points: 2 } });
    const before = await fingerprint(database);

    // While the app has the database open, a backup is refused.
    const file = path.join(await folder(), "coalition.tar.gz");
    await expect(backupEmbeddedDatabase(original, file)).rejects.toBeInstanceOf(
      DataDirectoryLockedError,
    );
    await database.close();
    await backupEmbeddedDatabase(original, file);

    const fresh = await folder();
    await restoreEmbeddedDatabase(file, fresh);
    const restored = await openEmbeddedDatabase(fresh);
    const after = await fingerprint(restored);
    await restored.close();

    const filled = Object.entries(before).filter(([, table]) => table.rows > 0);
    expect(filled.length).toBeGreaterThan(15);
    expect(after).toEqual(before);
    // Seeding the whole demo coalition and opening three databases takes a while.
  }, 240_000);

  it("refuses to restore into a data directory that holds a database", async () => {
    const original = await folder();
    const database = await openEmbeddedDatabase(original);
    await database.close();
    const file = path.join(await folder(), "empty.tar.gz");
    await backupEmbeddedDatabase(original, file);

    await expect(restoreEmbeddedDatabase(file, original)).rejects.toThrow(
      /already holds a database, so nothing was restored/,
    );
  }, 120_000);
});
