import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { organisationTypeLabels } from "@/lib/organisations/types";

import { requireRoundManager } from "./guards";

/** At most this many organisations are offered at once; a search narrows them. */
export const ORGANISATION_CHOICES = 200;

/**
 * What the new round form offers: frameworks that are not archived, and active organisations
 * (those whose name or ODS code matches `search`, when given). Leads only.
 */
export async function listRoundFormOptions(actor: Actor, search?: string) {
  requireRoundManager(actor);
  const prisma = await getPrisma();
  const where = {
    archivedAt: null,
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" as const } },
            { odsCode: { contains: search, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [frameworks, organisations, matching] = await Promise.all([
    prisma.maturityFramework.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: ORGANISATION_CHOICES,
      select: { id: true, name: true, type: true },
    }),
    prisma.organisation.count({ where }),
  ]);
  return {
    frameworks: frameworks.map((framework) => ({ value: framework.id, label: framework.name })),
    organisations: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${organisationTypeLabels[organisation.type]})`,
    })),
    more: matching - organisations.length,
  };
}
