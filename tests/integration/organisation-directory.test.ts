import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { queryTallyStorage } from "@/lib/db/query-count";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { listOrganisations, listPlaces } from "@/lib/organisations/list-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";

import { adminOf, lead, memberOf } from "../support/actors";
import { createOrganisation, createPlace } from "../support/factories";

// Statements are counted (as the benchmark counts them): the directory is read on every visit.
process.env.BENCH_COUNT_QUERIES = "true";

// Every query is limited to this file's own place, so other data never interferes.
let placeId: string;
let larchwood: { id: string };
let archived: { id: string };
const query = (params: Record<string, string> = {}) =>
  directoryQuerySchema.parse({ place: placeId, ...params });
const names = (page: { entries: { name: string }[] }) => page.entries.map((entry) => entry.name);

beforeAll(async () => {
  const prisma = await getPrisma();
  placeId = (await createPlace(prisma)).id;
  larchwood = await createOrganisation(prisma, {
    placeId,
    name: "Larchwood Care Home",
    type: "CARE_HOME",
    odsCode: "VLX01",
  });
  await prisma.organisation.update({
    where: { id: larchwood.id },
    data: { engagementCurrent: "LEADING" },
  });
  await prisma.systemInUse.create({
    data: {
      organisationId: larchwood.id,
      category: "CARE_HOME_RECORD",
      supplier: "Tendly",
      product: "Tendly Care",
    },
  });
  await createOrganisation(prisma, {
    placeId,
    name: "Birch Surgery",
    type: "GP_PRACTICE",
    odsCode: "B99001",
  });
  for (let index = 0; index < 28; index++) {
    await createOrganisation(prisma, {
      placeId,
      name: `Practice ${String(index).padStart(2, "0")}`,
      type: "GP_PRACTICE",
    });
  }
  archived = await createOrganisation(prisma, {
    placeId,
    name: "Closed Care Home",
    type: "CARE_HOME",
  });
  await prisma.organisation.update({
    where: { id: archived.id },
    data: { archivedAt: new Date() },
  });
});

describe("the organisation directory", () => {
  it("pages 25 at a time, in name order", async () => {
    const first = await listOrganisations(memberOf(larchwood.id), query());
    const second = await listOrganisations(memberOf(larchwood.id), query({ page: "2" }));

    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(25);
    expect(names(first).slice(0, 2)).toEqual(["Birch Surgery", "Larchwood Care Home"]);
    expect(second.entries).toHaveLength(5);
    expect(new Set([...names(first), ...names(second)]).size).toBe(30);
  });

  it("reads a page with its places and charters in four statements, then one while nothing changes", async () => {
    const prisma = await getPrisma();
    const charter = await prisma.charterVersion.create({
      data: { number: 9001, text: "Directory charter" },
    });
    await prisma.charterEndorsement.create({
      data: { charterVersionId: charter.id, organisationId: larchwood.id },
    });
    try {
      for (const sort of ["name", "type", "place", "engagement"]) {
        for (const statements of [4, 1]) {
          const tally = { queries: 0 };
          const page = await queryTallyStorage().run(tally, () =>
            listOrganisations(lead(), query({ sort, type: "CARE_HOME" })),
          );
          expect(tally.queries).toBe(statements);
          const entry = page.entries.find((row) => row.id === larchwood.id);
          expect(entry).toMatchObject({ endorsedCharter: 9001 });
          expect(entry?.placeName).toBeTruthy();
        }
      }
    } finally {
      await prisma.charterVersion.delete({ where: { id: charter.id } });
    }
  });

  it("shows a change to an organisation, its place or its endorsed charter at once", async () => {
    const prisma = await getPrisma();
    const careHomes = () => listOrganisations(lead(), query({ type: "CARE_HOME" }));
    const larchwoodIn = async () =>
      (await careHomes()).entries.find((entry) => entry.id === larchwood.id);
    const place = await prisma.place.findUniqueOrThrow({ where: { id: placeId } });
    expect(await larchwoodIn()).toMatchObject({ endorsedCharter: null, placeName: place.name });

    const charter = await prisma.charterVersion.create({
      data: { number: 9002, text: "Later charter" },
    });
    try {
      await prisma.charterEndorsement.create({
        data: { charterVersionId: charter.id, organisationId: larchwood.id },
      });
      expect(await larchwoodIn()).toMatchObject({ endorsedCharter: 9002 });

      await prisma.place.update({ where: { id: placeId }, data: { name: `${place.name} West` } });
      expect(await larchwoodIn()).toMatchObject({ placeName: `${place.name} West` });

      await prisma.organisation.update({
        where: { id: larchwood.id },
        data: { engagementCurrent: "SUPPORTIVE" },
      });
      expect(await larchwoodIn()).toMatchObject({ engagementCurrent: "SUPPORTIVE" });
    } finally {
      await prisma.organisation.update({
        where: { id: larchwood.id },
        data: { engagementCurrent: "LEADING" },
      });
      await prisma.place.update({ where: { id: placeId }, data: { name: place.name } });
      // Removing the version removes its endorsements, and the directory follows.
      await prisma.charterVersion.delete({ where: { id: charter.id } });
    }
    expect(await larchwoodIn()).toMatchObject({ endorsedCharter: null });
  });

  it("lists a new place among the places at once", async () => {
    const prisma = await getPrisma();
    const before = await listPlaces();
    const place = await createPlace(prisma);
    const after = await listPlaces();
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual({ id: place.id, name: place.name });
  });

  it("keeps a page past the end on the last page", async () => {
    expect((await listOrganisations(lead(), query({ page: "99" }))).page).toBe(2);
  });

  it("finds by part of the name in any case, or by the start of the ODS code", async () => {
    expect(names(await listOrganisations(lead(), query({ q: "larchW" })))).toEqual([
      "Larchwood Care Home",
    ]);
    expect(names(await listOrganisations(lead(), query({ q: "b99" })))).toEqual(["Birch Surgery"]);
    expect((await listOrganisations(lead(), query({ q: "nothing like it" }))).total).toBe(0);
  });

  it("filters by type and engagement, and sorts either way", async () => {
    const careHomes = await listOrganisations(memberOf(larchwood.id), query({ type: "CARE_HOME" }));
    expect(names(careHomes)).toEqual(["Larchwood Care Home"]);
    expect(names(await listOrganisations(lead(), query({ engagement: "LEADING" })))).toEqual([
      "Larchwood Care Home",
    ]);
    const descending = await listOrganisations(lead(), query({ order: "desc" }));
    expect(names(descending)[0]).toBe("Practice 27");
  });

  it("shows archived organisations to programme leads only", async () => {
    const forMember = await listOrganisations(memberOf(larchwood.id), query({ type: "CARE_HOME" }));
    const forLead = await listOrganisations(lead(), query({ type: "CARE_HOME" }));

    expect(names(forMember)).not.toContain("Closed Care Home");
    expect(names(forLead)).toContain("Closed Care Home");
  });

  it("lets a lead choose active or archived organisations; a member asking for archived sees none", async () => {
    const active = await listOrganisations(lead(), query({ type: "CARE_HOME", status: "active" }));
    const closed = await listOrganisations(
      lead(),
      query({ type: "CARE_HOME", status: "archived" }),
    );
    const memberAsks = await listOrganisations(
      memberOf(larchwood.id),
      query({ type: "CARE_HOME", status: "archived" }),
    );

    expect(names(active)).not.toContain("Closed Care Home");
    expect(names(closed)).toEqual(["Closed Care Home"]);
    expect(closed.entries[0]?.archived).toBe(true);
    expect(active.entries.every((entry) => !entry.archived)).toBe(true);
    expect(names(memberAsks)).not.toContain("Closed Care Home");
    expect(memberAsks.total).toBeGreaterThan(0);
  });

  it("ignores unknown filter values instead of failing", () => {
    const parsed = directoryQuerySchema.parse({
      type: "SPACESHIP",
      place: "not-a-uuid",
      page: "-3",
      sort: "x",
      status: "gone",
    });
    expect(parsed).toEqual({ sort: "name", order: "asc", page: 1 });
  });
});

describe("an organisation's profile", () => {
  it("shows details and systems, and says who may edit it", async () => {
    const profile = await getOrganisationProfile(memberOf(larchwood.id), larchwood.id);

    expect(profile).toMatchObject({
      name: "Larchwood Care Home",
      odsCode: "VLX01",
      canEdit: false,
    });
    expect(profile?.systems.map((system) => system.product)).toEqual(["Tendly Care"]);
    expect((await getOrganisationProfile(adminOf(larchwood.id), larchwood.id))?.canEdit).toBe(true);
    expect((await getOrganisationProfile(adminOf(randomUUID()), larchwood.id))?.canEdit).toBe(
      false,
    );
    expect((await getOrganisationProfile(lead(), larchwood.id))?.canEdit).toBe(true);
  });

  it("is not found for an unknown id, a malformed id, or an archived one (except for leads)", async () => {
    expect(await getOrganisationProfile(lead(), randomUUID())).toBeNull();
    expect(await getOrganisationProfile(lead(), "1 OR 1=1")).toBeNull();
    expect(await getOrganisationProfile(memberOf(larchwood.id), archived.id)).toBeNull();
    expect(await getOrganisationProfile(lead(), archived.id)).not.toBeNull();
  });
});
