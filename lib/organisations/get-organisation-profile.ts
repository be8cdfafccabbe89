import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { getPrisma } from "@/lib/db/client";
import { maturityPolicy } from "@/lib/maturity/policy";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";

/**
 * One organisation's profile: details, systems in use, key contacts and members. Null when it
 * does not exist or the actor may not see it (an archived one, for anyone but a lead), so the
 * page answers 404 either way.
 */
export async function getOrganisationProfile(actor: Actor, organisationId: string) {
  // Ids are UUIDs; anything else cannot name an organisation (and must not reach the query).
  if (!isId(organisationId)) return null;
  const prisma = await getPrisma();
  const organisation = await prisma.organisation.findFirst({
    where: {
      id: organisationId,
      ...(organisationPolicy.canSeeArchived(actor) ? {} : { archivedAt: null }),
    },
    include: {
      place: { select: { id: true, name: true } },
      systems: { orderBy: [{ category: "asc" }, { supplier: "asc" }] },
      contacts: { orderBy: { name: "asc" } },
      memberships: {
        orderBy: { user: { name: "asc" } },
        select: {
          id: true,
          role: true,
          user: { select: { id: true, name: true, jobTitle: true } },
        },
      },
    },
  });
  if (!organisation) return null;
  return {
    ...organisation,
    canEdit: organisationPolicy.canEdit(actor, organisation.id),
    canArchive: organisationPolicy.canArchive(actor),
    // Records of an archived organisation stay as they were.
    canManageSystems:
      !organisation.archivedAt && organisationPolicy.canManageSystems(actor, organisation.id),
    canManageContacts:
      !organisation.archivedAt && organisationPolicy.canManageContacts(actor, organisation.id),
    canSeeDataNeeds:
      !organisation.archivedAt && dataNeedPolicy.canReadOrganisation(actor, organisation.id),
    canSeeMaturityResults: maturityPolicy.canSeeNamedResults(actor, organisation),
  };
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationProfile>>>;
