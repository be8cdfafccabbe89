import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";

// forumPolicy.readablePostsWhere (lib/forums/policy.ts) as SQL, for raw queries (search, and the
// dashboard's forum counts): the same rule, and tests/integration/forum-search.test.ts holds the two to the same answers on the
// same data. The condition reads the aliases p (ForumPost), t (its ForumTopic) and c (the topic's
// ForumCategory, left-joined: private messages have none).

/** Categories the person reads: open ones, and restricted ones they belong to; never archived. */
function readableCategorySql(actor: Actor): Prisma.Sql {
  const open = Prisma.sql`c."id" IS NOT NULL AND c."archivedAt" IS NULL`;
  if (isProgrammeLead(actor)) return open;
  const organisations = [...new Set(actor.memberships.map((m) => m.organisationId))];
  const roles = [...new Set(actor.memberships.map((m) => m.role))];
  const allowed: Prisma.Sql[] = [Prisma.sql`c."restricted" = false`];
  if (organisations.length > 0) {
    allowed.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "ForumCategoryOrganisation" co
       WHERE co."categoryId" = c."id"
         AND co."organisationId" IN (${Prisma.join(organisations.map((id) => Prisma.sql`${id}::uuid`))})
    )`);
  }
  if (roles.length > 0) {
    const roleArray = Prisma.join(roles.map((role) => Prisma.sql`${role}::text::"MembershipRole"`));
    allowed.push(Prisma.sql`c."allowedMembershipRoles" && ARRAY[${roleArray}]`);
  }
  return Prisma.sql`(${open} AND (${Prisma.join(allowed, " OR ")}))`;
}

/** Topics the person reads: discussions in a category they read, private messages they take part in. */
export function readableTopicsSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(
    (t."kind" = 'DISCUSSION' AND ${readableCategorySql(actor)})
    OR (
      t."kind" = 'PRIVATE' AND EXISTS (
        SELECT 1 FROM "ForumTopicParticipant" tp
         WHERE tp."topicId" = t."id" AND tp."userId" = ${actor.userId}::uuid
      )
    )
  )`;
}

/**
 * Of the posts of a topic the person reads, those they read: published ones, and their own
 * awaiting review. Reads only p, so that search can pick each topic's best post before joining
 * the topic.
 */
export function readablePostStatusSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(
    p."status" = 'PUBLISHED'
    OR (p."status" = 'AWAITING_REVIEW' AND p."authorId" = ${actor.userId}::uuid)
  )`;
}

/**
 * Posts the person reads: published posts (and their own awaiting review) of discussions in a
 * category they read, and of private messages they take part in.
 */
export function readablePostsSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(${readableTopicsSql(actor)} AND ${readablePostStatusSql(actor)})`;
}
