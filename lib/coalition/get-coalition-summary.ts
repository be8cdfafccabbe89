import "server-only";

import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";

export interface CoalitionSummary {
  organisationCount: number;
  places: { id: string; name: string; organisationCount: number }[];
  types: { type: OrganisationType; organisationCount: number }[];
}

// Kept per "organisations" change counter (raised by triggers on organisations and places), as
// the home page counts every organisation of the coalition for each visitor.
const summaries = sharedCache<CoalitionSummary>("coalition-summary", 4);

/**
 * Counts of the coalition's organisations by place and by type. Archived organisations have left
 * the coalition and are not counted.
 */
export async function getCoalitionSummary(): Promise<CoalitionSummary> {
  const prisma = await getPrisma();
  // The key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma)).organisations;
  return summaries.get(counter, () => countOrganisations(prisma));
}

async function countOrganisations(prisma: DbClient): Promise<CoalitionSummary> {
  const [places, byType] = await Promise.all([
    prisma.place.findMany({
      select: {
        id: true,
        name: true,
        _count: { select: { organisations: { where: { archivedAt: null } } } },
      },
      orderBy: { name: "asc" },
    }),
    prisma.organisation.groupBy({
      by: ["type"],
      where: { archivedAt: null },
      _count: { _all: true },
    }),
  ]);
  const countByType = new Map(byType.map((row) => [row.type, row._count._all]));
  return {
    organisationCount: byType.reduce((sum, row) => sum + row._count._all, 0),
    places: places.map((place) => ({
      id: place.id,
      name: place.name,
      organisationCount: place._count.organisations,
    })),
    types: organisationTypes
      .filter((type) => countByType.has(type))
      .map((type) => ({ type, organisationCount: countByType.get(type) ?? 0 })),
  };
}
