import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { engagementPolicy } from "./policy";
import type { EngagementPerson } from "./schemas";

export interface PersonOption {
  value: string;
  label: string;
}

/**
 * The people who may be an organisation's champion or sponsor: its members with an account that
 * is not disabled, and its key contacts. The one list the form offers and the server checks.
 */
export async function engagementPeopleOptions(
  db: DbTransaction,
  organisationId: string,
): Promise<PersonOption[]> {
  const [members, contacts] = await Promise.all([
    db.membership.findMany({
      where: { organisationId, user: { disabledAt: null } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true, jobTitle: true } } },
    }),
    db.keyContact.findMany({
      where: { organisationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true },
    }),
  ]);
  return [
    ...members.map(({ user }) => ({
      value: `user:${user.id}`,
      label: user.jobTitle ? `${user.name}, ${user.jobTitle}` : user.name,
    })),
    ...contacts.map((contact) => ({
      value: `contact:${contact.id}`,
      label: `${contact.name}, ${contact.role} (key contact)`,
    })),
  ];
}

const personOf = (userId: string | null, contactId: string | null): EngagementPerson | null =>
  userId ? { kind: "user", id: userId } : contactId ? { kind: "contact", id: contactId } : null;

/**
 * An organisation's engagement as the actor may see it: the levels and people for everyone signed
 * in, the history (who, when, why) for leads and its members, the choices of people for leads.
 * Null when the organisation does not exist or is archived (for anyone but a lead). A `summary`
 * (the profile's) has only the latest change and no choices of people.
 */
export async function getOrganisationEngagement(
  actor: Actor,
  organisationId: string,
  { summary = false }: { summary?: boolean } = {},
) {
  if (!isId(organisationId)) return null;
  const prisma = await getPrisma();
  const canEdit = engagementPolicy.canEdit(actor);
  const organisation = await prisma.organisation.findFirst({
    where: { id: organisationId, ...(canEdit ? {} : { archivedAt: null }) },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      engagementCurrent: true,
      engagementDesired: true,
      influence: true,
      interest: true,
      engagementApproach: true,
      championUserId: true,
      championContactId: true,
      sponsorUserId: true,
      sponsorContactId: true,
      championUser: { select: { name: true } },
      championContact: { select: { name: true, role: true } },
      sponsorUser: { select: { name: true } },
      sponsorContact: { select: { name: true, role: true } },
    },
  });
  if (!organisation) return null;
  const canReadHistory = engagementPolicy.canReadHistory(actor, organisation.id);
  const [history, peopleOptions] = await Promise.all([
    canReadHistory
      ? prisma.engagementChange.findMany({
          where: { organisationId: organisation.id },
          orderBy: [{ changedAt: "desc" }, { id: "asc" }],
          take: summary ? 1 : 50,
          select: {
            id: true,
            fromCurrent: true,
            toCurrent: true,
            fromDesired: true,
            toDesired: true,
            reason: true,
            changedAt: true,
            changedBy: { select: { name: true } },
          },
        })
      : Promise.resolve(null),
    canEdit && !summary ? engagementPeopleOptions(prisma, organisation.id) : Promise.resolve(null),
  ]);
  const {
    championUser,
    championContact,
    sponsorUser,
    sponsorContact,
    championUserId,
    championContactId,
    sponsorUserId,
    sponsorContactId,
    ...levels
  } = organisation;
  const nameOf = (
    user: { name: string } | null,
    contact: { name: string; role: string } | null,
  ): string | null => user?.name ?? (contact ? `${contact.name}, ${contact.role}` : null);
  return {
    ...levels,
    champion: personOf(championUserId, championContactId),
    sponsor: personOf(sponsorUserId, sponsorContactId),
    championName: nameOf(championUser, championContact),
    sponsorName: nameOf(sponsorUser, sponsorContact),
    history,
    peopleOptions,
    canEdit: canEdit && !organisation.archivedAt,
  };
}

export type OrganisationEngagement = NonNullable<
  Awaited<ReturnType<typeof getOrganisationEngagement>>
>;
