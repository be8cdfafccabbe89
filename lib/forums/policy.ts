import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole, TopicStarters } from "@/lib/generated/prisma/enums";

// Who may read and write what in the forums, in one place. Every read in lib/forums (and in
// search, digests, lessons and the peer finder) goes through these where-clauses, so that a list,
// a search result or an email never holds a post its reader may not see.

const memberOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);
const membershipRoles = (actor: Actor): MembershipRole[] => [
  ...new Set(actor.memberships.map((m) => m.role)),
];

/** A moderator assignment as loaded from ForumModerator: one category, or everywhere (null). */
export interface Moderation {
  categoryId: string | null;
}

export const forumPolicy = {
  /**
   * Categories a person reads: open ones for everyone signed in; restricted ones for members of
   * the named organisations, people holding a named membership role, and programme leads (who set
   * them up). Archived categories are left out.
   */
  readableCategoriesWhere(actor: Actor): Prisma.ForumCategoryWhereInput {
    if (isProgrammeLead(actor)) return { archivedAt: null };
    const organisations = memberOrganisations(actor);
    const roles = membershipRoles(actor);
    return {
      archivedAt: null,
      OR: [
        { restricted: false },
        ...(organisations.length > 0
          ? [{ organisations: { some: { organisationId: { in: organisations } } } }]
          : []),
        ...(roles.length > 0 ? [{ allowedMembershipRoles: { hasSome: roles } }] : []),
      ],
    };
  },

  /**
   * Topics a person reads: discussions in a category they read, and private messages they take
   * part in. Nobody else reads a private message, programme leads included.
   */
  readableTopicsWhere(actor: Actor): Prisma.ForumTopicWhereInput {
    return {
      OR: [
        { kind: "DISCUSSION", category: forumPolicy.readableCategoriesWhere(actor) },
        { kind: "PRIVATE", participants: { some: { userId: actor.userId } } },
      ],
    };
  },

  /**
   * Posts a person reads: published posts of topics they read, and their own posts while these
   * wait for review. Hidden and deleted posts are for moderators, through the review queue.
   */
  readablePostsWhere(actor: Actor): Prisma.ForumPostWhereInput {
    return {
      topic: forumPolicy.readableTopicsWhere(actor),
      OR: [{ status: "PUBLISHED" }, { status: "AWAITING_REVIEW", authorId: actor.userId }],
    };
  },

  /**
   * Whether the person reads a category, as readableCategoriesWhere decides it, for a category
   * already loaded with its named organisations: lets a caller narrow topics by category ids
   * without sending the membership roles to the database.
   */
  canReadCategory: (
    actor: Actor,
    category: {
      archivedAt: Date | null;
      restricted: boolean;
      allowedMembershipRoles: readonly MembershipRole[];
      organisations: readonly { organisationId: string }[];
    },
  ) =>
    category.archivedAt === null &&
    (isProgrammeLead(actor) ||
      !category.restricted ||
      category.organisations.some((o) => memberOrganisations(actor).includes(o.organisationId)) ||
      category.allowedMembershipRoles.some((role) => membershipRoles(actor).includes(role))),

  /** Whether the person may start a topic in a category they read. */
  canStartTopic: (actor: Actor, category: { whoMayStart: TopicStarters }) =>
    category.whoMayStart === "EVERYONE" || isProgrammeLead(actor),

  /** Leads moderate everywhere; moderators where they were made one (or everywhere). */
  canModerate: (actor: Actor, categoryId: string | null, moderations: readonly Moderation[]) =>
    isProgrammeLead(actor) ||
    moderations.some(
      (m) => m.categoryId === null || (categoryId !== null && m.categoryId === categoryId),
    ),

  /** Only leads set up categories and name moderators. */
  canManageCategories: (actor: Actor) => isProgrammeLead(actor),

  /** The topic's author or a lead marks a reply as the answer. */
  canAcceptAnswer: (actor: Actor, topic: { authorId: string | null }) =>
    isProgrammeLead(actor) || (topic.authorId !== null && topic.authorId === actor.userId),

  /** People edit their own posts; moderators edit any post where they moderate. */
  canEditPost: (
    actor: Actor,
    post: { authorId: string | null; categoryId: string | null },
    moderations: readonly Moderation[],
  ) =>
    (post.authorId !== null && post.authorId === actor.userId) ||
    forumPolicy.canModerate(actor, post.categoryId, moderations),
};
