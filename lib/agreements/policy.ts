import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

// Who may do what with data sharing agreements, in one place. Every read and write in
// lib/agreements asks here (reads through the where-clause, so a list never holds what its reader
// may not see); pages use it only to decide what to offer.

/** Roles in an organisation that may draft its agreements and sign for it. */
export const signingRoles: readonly MembershipRole[] = ["IG_LEAD", "ORG_ADMIN"];

const organisationsWithRole = (actor: Actor, roles: readonly MembershipRole[]) =>
  actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId);

const memberOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);

export const agreementPolicy = {
  /**
   * The agreements a person may read: leads all of them; members of a party organisation theirs;
   * everyone signed in the published ones.
   */
  readableWhere(actor: Actor): Prisma.AgreementWhereInput {
    if (isProgrammeLead(actor)) return {};
    const organisations = memberOrganisations(actor);
    return {
      OR: [
        { published: true },
        ...(organisations.length > 0
          ? [{ parties: { some: { organisationId: { in: organisations } } } }]
          : []),
      ],
    };
  },
  /** Whether the person sees the private parts (contacts, signatures, history) of an agreement. */
  canReadPrivate: (actor: Actor, partyOrganisationIds: readonly string[]) =>
    isProgrammeLead(actor) ||
    partyOrganisationIds.some((id) => memberOrganisations(actor).includes(id)),
  /** Leads and the information governance leads and admins of any organisation start agreements. */
  canCreate: (actor: Actor) =>
    isProgrammeLead(actor) || organisationsWithRole(actor, signingRoles).length > 0,
  /** The organisations a person may add as the first party of a new agreement, or null for any. */
  draftingOrganisations: (actor: Actor): string[] | null =>
    isProgrammeLead(actor) ? null : organisationsWithRole(actor, signingRoles),
  /**
   * Drafts are edited by leads and by the information governance leads and admins of a party.
   * Whether the agreement is in a state that allows editing is the lifecycle's question.
   */
  canEdit: (actor: Actor, partyOrganisationIds: readonly string[]) =>
    isProgrammeLead(actor) ||
    partyOrganisationIds.some((id) => organisationsWithRole(actor, signingRoles).includes(id)),
  /** Only the party's named signatory signs or declines for it. */
  canSignFor: (actor: Actor, party: { organisationId: string; signatoryId: string | null }) =>
    party.signatoryId === actor.userId &&
    organisationsWithRole(actor, signingRoles).includes(party.organisationId),
  /** A named signatory must hold a signing role in the party organisation. */
  isEligibleSignatoryRole: (role: MembershipRole) => signingRoles.includes(role),
  /** Leads publish, terminate and supersede; parties' IG leads and admins may publish too. */
  canPublish: (actor: Actor, partyOrganisationIds: readonly string[]) =>
    agreementPolicy.canEdit(actor, partyOrganisationIds),
};
