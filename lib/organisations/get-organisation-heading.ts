import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";

/**
 * The id and name of an organisation that is not archived, for the pages that change its records;
 * null when there is none, so the page answers 404.
 */
export async function getOrganisationHeading(
  actor: Actor,
  organisationId: string,
): Promise<{ id: string; name: string } | null> {
  if (!organisationPolicy.canRead(actor) || !isId(organisationId)) return null;
  const prisma = await getPrisma();
  return prisma.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: { id: true, name: true },
  });
}
