import { type Actor, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";

// Who may invite people to organisations, in one place. Every lib/invitations function asks
// here; pages use it only to decide what to offer.
export const invitationPolicy = {
  /**
   * Programme leads (and platform admins) invite people to any organisation, organisation admins
   * to their own; either as organisation admin or as member.
   */
  canInvite: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  /** Pending invitations are seen and revoked by those who may invite to the organisation. */
  canManageInvitations: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
};
