import "server-only";

import { getPrisma } from "@/lib/db/client";
import { organisationTypes } from "@/lib/organisations/types";

import { anyOfType } from "./content";

export interface LaneOptions {
  organisations: { value: string; label: string }[];
  types: { value: string; label: string }[];
}

/**
 * What a step or a data need can name as its organisation: each organisation in the coalition,
 * or any organisation of a type. One query.
 */
export async function listLaneOptions(): Promise<LaneOptions> {
  const prisma = await getPrisma();
  const organisations = await prisma.organisation.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, odsCode: true },
  });
  return {
    organisations: organisations.map((organisation) => ({
      value: `org:${organisation.id}`,
      label: organisation.odsCode
        ? `${organisation.name} (${organisation.odsCode})`
        : organisation.name,
    })),
    types: organisationTypes.map((type) => ({ value: `type:${type}`, label: anyOfType(type) })),
  };
}
