import { randomUUID } from "node:crypto";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

// Factories make unique records, so tests never depend on each other's data.
const unique = () => randomUUID().slice(0, 8);

export function createPlace(prisma: PrismaClient, overrides: { name?: string } = {}) {
  return prisma.place.create({ data: { name: overrides.name ?? `Place ${unique()}` } });
}

export async function createOrganisation(
  prisma: PrismaClient,
  overrides: {
    name?: string;
    type?: OrganisationType;
    placeId?: string;
    odsCode?: string | null;
  } = {},
) {
  const placeId = overrides.placeId ?? (await createPlace(prisma)).id;
  return prisma.organisation.create({
    data: {
      name: overrides.name ?? `Organisation ${unique()}`,
      type: overrides.type ?? "GP_PRACTICE",
      // A valid-looking, unique ODS code: T and five hex digits.
      odsCode:
        overrides.odsCode === undefined
          ? `T${unique().slice(0, 5).toUpperCase()}`
          : overrides.odsCode,
      placeId,
    },
  });
}
