import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { organisationTypeLabels } from "@/lib/organisations/types";

import { requireRoundManager } from "./guards";

/**
 * What the new round form offers: frameworks that are not archived, and every organisation that a
 * round can invite (those not archived), each with its type to select a whole type at once and
 * its ODS code to search by. Leads only.
 */
export async function listRoundFormOptions(actor: Actor) {
  requireRoundManager(actor);
  const prisma = await getPrisma();
  const [frameworks, organisations] = await Promise.all([
    prisma.maturityFramework.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.organisation.findMany({
      where: { archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, type: true, odsCode: true },
    }),
  ]);
  return {
    frameworks: frameworks.map((framework) => ({ value: framework.id, label: framework.name })),
    organisations: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${organisationTypeLabels[organisation.type]})`,
      keywords: organisation.odsCode ?? undefined,
      group: { key: organisation.type, label: organisationTypeLabels[organisation.type] },
    })),
  };
}
