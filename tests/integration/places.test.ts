import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { getPrisma } from "@/lib/db/client";
import { createPlace } from "@/lib/organisations/create-place";
import { listPlacePage, PLACES_PAGE_SIZE } from "@/lib/organisations/list-place-page";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation, createPlace as createPlaceRecord } from "../support/factories";

let organisationId: string;

const placeNames = async () =>
  (await (await getPrisma()).place.findMany({ orderBy: { name: "asc" } })).map((p) => p.name);
// Audit rows outlive each test's places (the trail is append-only), so tests compare counts.
const placeEventCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: "place.created" } });

beforeEach(async () => {
  const prisma = await getPrisma();
  await prisma.organisation.deleteMany();
  await prisma.place.deleteMany();
  const place = await createPlaceRecord(prisma, { name: "Northmoor" });
  organisationId = (await createOrganisation(prisma, { placeId: place.id })).id;
});

describe("adding a place", () => {
  it("lets a programme lead add one, tidied and audited in the same transaction", async () => {
    const who = lead();
    const place = await createPlace(who, { name: "  Upper   Dale " }, { requestId: "req-place-1" });

    expect(place.name).toBe("Upper Dale");
    expect(await placeNames()).toEqual(["Northmoor", "Upper Dale"]);
    const event = await (
      await getPrisma()
    ).auditEvent.findFirstOrThrow({ where: { requestId: "req-place-1" } });
    expect(event).toMatchObject({
      action: "place.created",
      actorId: who.userId,
      entityType: "Place",
      entityId: place.id,
      after: { name: "Upper Dale" },
    });
  });

  it("lets a platform admin add one", async () => {
    await createPlace(platformAdmin(), { name: "Lower Dale" });
    expect(await placeNames()).toContain("Lower Dale");
  });

  it("refuses everyone else, adding nothing", async () => {
    const events = await placeEventCount();
    for (const who of [memberOf(organisationId), adminOf(organisationId), actor()]) {
      await expect(createPlace(who, { name: "Somewhere" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await placeNames()).toEqual(["Northmoor"]);
    expect(await placeEventCount()).toBe(events);
  });

  it("refuses a blank or overlong name, adding nothing", async () => {
    const events = await placeEventCount();
    for (const name of ["   ", "x".repeat(101), undefined]) {
      await expect(createPlace(lead(), { name })).rejects.toBeInstanceOf(ZodError);
    }
    expect(await placeNames()).toEqual(["Northmoor"]);
    expect(await placeEventCount()).toBe(events);
  });

  it("refuses a name the coalition already has, whatever its case", async () => {
    const events = await placeEventCount();
    await expect(createPlace(lead(), { name: "NORTHMOOR" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: ["There is already a place with that name"] },
    });
    expect(await placeNames()).toEqual(["Northmoor"]);
    expect(await placeEventCount()).toBe(events);
  });
});

describe("the list of places", () => {
  it("counts each place's organisations, archived ones for leads only", async () => {
    const prisma = await getPrisma();
    const northmoor = await prisma.place.findUniqueOrThrow({ where: { name: "Northmoor" } });
    await createOrganisation(prisma, { placeId: northmoor.id });
    await setOrganisationArchived(lead(), organisationId, true);
    await createPlaceRecord(prisma, { name: "Empty Vale" });

    const forMember = await listPlacePage(memberOf(organisationId), 1);
    expect(forMember.entries.map((p) => [p.name, p.organisationCount])).toEqual([
      ["Empty Vale", 0],
      ["Northmoor", 1],
    ]);
    const forLead = await listPlacePage(lead(), 1);
    expect(forLead.entries.map((p) => [p.name, p.organisationCount])).toEqual([
      ["Empty Vale", 0],
      ["Northmoor", 2],
    ]);
  });

  it("pages by name, keeping the page within range", async () => {
    const prisma = await getPrisma();
    await prisma.place.createMany({
      data: Array.from({ length: PLACES_PAGE_SIZE + 3 }, (_, n) => ({
        name: `Zone ${String(n).padStart(3, "0")}`,
      })),
    });

    const first = await listPlacePage(lead(), 1);
    expect(first).toMatchObject({ total: PLACES_PAGE_SIZE + 4, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(PLACES_PAGE_SIZE);
    expect(first.entries[0]!.name).toBe("Northmoor");
    const last = await listPlacePage(lead(), 99);
    expect(last.page).toBe(2);
    expect(last.entries.map((p) => p.name)).toEqual([
      "Zone 049",
      "Zone 050",
      "Zone 051",
      "Zone 052",
    ]);
  });
});
