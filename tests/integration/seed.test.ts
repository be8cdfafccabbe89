import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/open";
import { demoAccounts } from "@/lib/db/seed/demo-accounts";
import { demoOrganisations, demoPlaces } from "@/lib/db/seed/demo-coalition";
import { seedDemoData } from "@/lib/db/seed/seed";

import { createOrganisation } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("demo data", () => {
  let db: TestDatabase;
  let database: Database;
  beforeEach(async () => {
    db = await createTestDatabase("migrated");
    database = await db.migrate();
  });
  afterEach(async () => {
    await database.close();
    await db.dispose();
  });

  it("fills an empty database with the fictional coalition", async () => {
    expect(await seedDemoData(database.prisma)).toBe("seeded");

    const places = await database.prisma.place.findMany({
      include: { _count: { select: { organisations: true } } },
    });
    expect(places.map((place) => place.name).sort()).toEqual([...demoPlaces].sort());
    expect(places.every((place) => place._count.organisations > 0)).toBe(true);
    expect(await database.prisma.organisation.count()).toBe(demoOrganisations.length);
    const types = await database.prisma.organisation.groupBy({ by: ["type"] });
    expect(types.length).toBeGreaterThanOrEqual(12);
    const users = await database.prisma.user.findMany({
      include: { memberships: { include: { organisation: true } } },
    });
    expect(users.map((user) => user.email).sort()).toEqual(
      demoAccounts.map((account) => account.email).sort(),
    );
    const larchwoodAdmin = users.find((user) => user.email === "manager@larchwood.example");
    expect(larchwoodAdmin?.memberships.map((m) => [m.organisation.name, m.role])).toEqual([
      ["Larchwood Care Home", "ORG_ADMIN"],
    ]);
    expect(users.every((user) => user.passwordHash?.startsWith("$argon2id$"))).toBe(true);
  });

  it("is idempotent: a second run changes nothing", async () => {
    await seedDemoData(database.prisma);
    const before = await database.prisma.organisation.findMany({ orderBy: { id: "asc" } });

    expect(await seedDemoData(database.prisma)).toBe("skipped: database has data");

    expect(await database.prisma.organisation.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("never runs against a database that already has data", async () => {
    const existing = await createOrganisation(database.prisma, { name: "Real Organisation" });

    expect(await seedDemoData(database.prisma)).toBe("skipped: database has data");

    const organisations = await database.prisma.organisation.findMany();
    expect(organisations.map((organisation) => organisation.id)).toEqual([existing.id]);
  });

  it("gives every demo organisation a unique name and ODS code", () => {
    expect(new Set(demoOrganisations.map((o) => o.name)).size).toBe(demoOrganisations.length);
    expect(new Set(demoOrganisations.map((o) => o.odsCode)).size).toBe(demoOrganisations.length);
  });
});
