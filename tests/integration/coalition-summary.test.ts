import { beforeAll, describe, expect, it } from "vitest";

import { getCoalitionSummary } from "@/lib/coalition/get-coalition-summary";
import { getPrisma } from "@/lib/db/client";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";

import { lead } from "../support/actors";
import { createOrganisation, createPlace } from "../support/factories";

describe("the coalition at a glance", () => {
  it("is empty before anyone joins", async () => {
    const summary = await getCoalitionSummary();
    expect(summary).toEqual({ organisationCount: 0, places: [], types: [] });
  });

  describe("with organisations", () => {
    beforeAll(async () => {
      const prisma = await getPrisma();
      const north = await createPlace(prisma, { name: "Alpha North" });
      const south = await createPlace(prisma, { name: "Beta South" });
      await createPlace(prisma, { name: "Gamma Empty" });
      await createOrganisation(prisma, { placeId: north.id, type: "GP_PRACTICE" });
      await createOrganisation(prisma, { placeId: north.id, type: "GP_PRACTICE" });
      await createOrganisation(prisma, { placeId: north.id, type: "CARE_HOME" });
      await createOrganisation(prisma, { placeId: south.id, type: "ACUTE_TRUST" });
      // Archived organisations have left the coalition: counted nowhere.
      const archived = await createOrganisation(prisma, { placeId: south.id, type: "HOSPICE" });
      await setOrganisationArchived(lead(), archived.id, true);
    });

    it("counts organisations by place, in name order, including places with none", async () => {
      const { organisationCount, places } = await getCoalitionSummary();
      expect(organisationCount).toBe(4);
      expect(places.map(({ name, organisationCount: count }) => [name, count])).toEqual([
        ["Alpha North", 3],
        ["Beta South", 1],
        ["Gamma Empty", 0],
      ]);
    });

    it("is read once per change, and follows a renamed place or a new organisation at once", async () => {
      const prisma = await getPrisma();
      const first = await getCoalitionSummary();
      expect(await getCoalitionSummary()).toBe(first);
      const empty = await prisma.place.findFirstOrThrow({ where: { name: "Gamma Empty" } });
      await prisma.place.update({ where: { id: empty.id }, data: { name: "Gamma Renamed" } });
      const renamed = await getCoalitionSummary();
      expect(renamed.places.map(({ name }) => name)).toContain("Gamma Renamed");
      const added = await createOrganisation(prisma, { placeId: empty.id, type: "HOSPICE" });
      expect((await getCoalitionSummary()).organisationCount).toBe(first.organisationCount + 1);
      await prisma.organisation.delete({ where: { id: added.id } });
      await prisma.place.update({ where: { id: empty.id }, data: { name: "Gamma Empty" } });
      expect(await getCoalitionSummary()).toEqual(first);
    });

    it("counts organisations by type in the coalition's order of types", async () => {
      const { types } = await getCoalitionSummary();
      expect(types).toEqual([
        { type: "ACUTE_TRUST", organisationCount: 1 },
        { type: "GP_PRACTICE", organisationCount: 2 },
        { type: "CARE_HOME", organisationCount: 1 },
      ]);
    });
  });
});
