import "server-only";

import { type Actor, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pathwayPolicy } from "@/lib/pathways/policy";

// Who may do what with lessons learned and the peer finder, in one place. Every read and write
// in lib/lessons asks here; pages use it only to decide what to offer.

export const lessonPolicy = {
  /** Everyone signed in reads every lesson: they are written to be shared. */
  readableWhere: (_actor: Actor): Prisma.LessonWhereInput => ({}),
  /** Everyone signed in may record a lesson. */
  canCreate: (_actor: Actor) => true,
  /** The organisations a lesson may be told for: those the person belongs to. */
  recordableOrganisations: (actor: Actor): string[] =>
    actor.memberships.map((membership) => membership.organisationId),
  /** The author, the admins of the lesson's organisation and programme leads change a lesson. */
  canEdit: (actor: Actor, lesson: { authorId: string | null; organisationId: string | null }) =>
    isProgrammeLead(actor) ||
    (lesson.authorId !== null && lesson.authorId === actor.userId) ||
    (lesson.organisationId !== null && isOrganisationAdminOf(actor, lesson.organisationId)),
  /** The same rule as a lesson's edit rights, as a where-clause, for lists of what one may edit. */
  editableWhere(actor: Actor): Prisma.LessonWhereInput {
    if (isProgrammeLead(actor)) return {};
    const administered = actor.memberships
      .filter((membership) => membership.role === "ORG_ADMIN")
      .map((membership) => membership.organisationId);
    return {
      OR: [
        { authorId: actor.userId },
        ...(administered.length > 0 ? [{ organisationId: { in: administered } }] : []),
      ],
    };
  },
  /** The pathways a lesson may point at: those the person reads. */
  readablePathwaysWhere: (actor: Actor): Prisma.PathwayWhereInput =>
    pathwayPolicy.canSeeDrafts(actor)
      ? { status: { not: "ARCHIVED" } }
      : { status: "PUBLISHED", versions: { some: {} } },
  /**
   * People the peer finder may show: only those who chose to be findable, with an active account.
   * Their email address is never part of what it shows.
   */
  findablePeopleWhere: (_actor: Actor): Prisma.UserWhereInput => ({
    peerFindable: true,
    disabledAt: null,
  }),
};
