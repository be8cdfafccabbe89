import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import { startTopic } from "@/lib/forums/topics";
import type { MembershipRole, TopicStarters } from "@/lib/generated/prisma/enums";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;

/** A forum category, open unless restricted to organisations or roles. */
export async function createForumCategory(
  prisma: DbClient,
  overrides: {
    whoMayStart?: TopicStarters;
    restrictedTo?: { organisationIds?: string[]; roles?: MembershipRole[] };
  } = {},
) {
  const key = unique();
  return prisma.forumCategory.create({
    data: {
      slug: `category-${key}`,
      name: `Category ${key}`,
      description: "A category for tests",
      colour: "#005eb8",
      position: counter,
      whoMayStart: overrides.whoMayStart ?? "EVERYONE",
      restricted: overrides.restrictedTo !== undefined,
      allowedMembershipRoles: overrides.restrictedTo?.roles ?? [],
      organisations: {
        create: (overrides.restrictedTo?.organisationIds ?? []).map((organisationId) => ({
          organisationId,
        })),
      },
    },
  });
}

/** A topic started through lib/forums, with its opening post. */
export async function createForumTopic(
  prisma: DbClient,
  actor: Actor,
  categoryId: string,
  body = "How do care homes get access to the shared care record?",
) {
  const { topicId } = await startTopic(prisma, actor, {
    categoryId,
    title: `A question ${unique()}`,
    tags: "care homes",
    body,
  });
  return prisma.forumTopic.findUniqueOrThrow({ where: { id: topicId }, include: { posts: true } });
}
