import {
  type Actor,
  isOrganisationAdminOf,
  isPlatformAdmin,
  isProgrammeLead,
} from "@/lib/auth/actor";
import type { UserRole } from "@/lib/generated/prisma/enums";

/** The person an action is about: who they are and their platform role. */
export interface PersonRef {
  id: string;
  role: UserRole;
}

// Who may do what with people's accounts and memberships, in one place. Every lib/users function
// asks here; pages use it only to decide what to offer. Rules that need the database (the last
// active platform admin) are checked in the functions, inside their transactions.
export const userPolicy = {
  /** The people list, a person's page and their recent history: leads and platform admins. */
  canBrowse: (actor: Actor) => isProgrammeLead(actor),

  /** Platform roles: platform admins only, and never their own. */
  canChangePlatformRole: (actor: Actor, person: PersonRef) =>
    isPlatformAdmin(actor) && actor.userId !== person.id,

  /**
   * Disabling and re-enabling: platform admins any account but their own; programme leads the
   * accounts of ordinary users only (not leads, not admins).
   */
  canDisable: (actor: Actor, person: PersonRef) => {
    if (actor.userId === person.id) return false;
    if (isPlatformAdmin(actor)) return true;
    return actor.role === "PROGRAMME_LEAD" && person.role === "USER";
  },

  /**
   * Changing the role of a membership or removing it: leads and platform admins for any
   * organisation, organisation admins for their own. Nobody changes their own membership here,
   * so an organisation cannot lose its admin by a slip.
   */
  canManageMembership: (actor: Actor, membership: { organisationId: string; userId: string }) =>
    actor.userId !== membership.userId &&
    (isProgrammeLead(actor) || isOrganisationAdminOf(actor, membership.organisationId)),
};
