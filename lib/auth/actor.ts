import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";

/** The signed-in person on whose behalf a query or change runs. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  memberships: { organisationId: string; role: MembershipRole }[];
}

export const isPlatformAdmin = (actor: Actor) => actor.role === "PLATFORM_ADMIN";

/** Programme leads run the coalition; platform admins can do all a lead can. */
export const isProgrammeLead = (actor: Actor) =>
  actor.role === "PROGRAMME_LEAD" || actor.role === "PLATFORM_ADMIN";

export const isMemberOf = (actor: Actor, organisationId: string) =>
  actor.memberships.some((membership) => membership.organisationId === organisationId);

export const isOrganisationAdminOf = (actor: Actor, organisationId: string) =>
  actor.memberships.some(
    (membership) => membership.organisationId === organisationId && membership.role === "ORG_ADMIN",
  );
