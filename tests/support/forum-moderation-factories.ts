import { randomUUID } from "node:crypto";

import type { DbClient } from "@/lib/db/types";
import type { MembershipRole, PostStatus } from "@/lib/generated/prisma/enums";

// Forum content made directly, as the forum's own code keeps it: post number 1 opens the topic,
// and the topic's postCount and lastPostAt follow its published posts.

const unique = () => randomUUID().slice(0, 8);

export function createCategory(
  prisma: DbClient,
  overrides: {
    restricted?: boolean;
    organisationIds?: string[];
    allowedMembershipRoles?: MembershipRole[];
  } = {},
) {
  const name = `Category ${unique()}`;
  return prisma.forumCategory.create({
    data: {
      slug: name.toLowerCase().replace(/\s+/g, "-"),
      name,
      description: "A category for tests",
      colour: "#005eb8",
      position: 1,
      restricted: overrides.restricted ?? false,
      allowedMembershipRoles: overrides.allowedMembershipRoles ?? [],
      organisations: {
        create: (overrides.organisationIds ?? []).map((organisationId) => ({ organisationId })),
      },
    },
  });
}

export async function createTopic(
  prisma: DbClient,
  options: {
    categoryId: string;
    authorId: string;
    title?: string;
    body?: string;
    createdAt?: Date;
    status?: PostStatus;
  },
) {
  const createdAt = options.createdAt ?? new Date();
  const status = options.status ?? "PUBLISHED";
  const topic = await prisma.forumTopic.create({
    data: {
      categoryId: options.categoryId,
      title: options.title ?? `Topic ${unique()}`,
      authorId: options.authorId,
      postCount: status === "PUBLISHED" ? 1 : 0,
      lastPostAt: createdAt,
      createdAt,
      posts: {
        create: {
          number: 1,
          authorId: options.authorId,
          body: options.body ?? `The opening post ${unique()}`,
          status,
          createdAt,
        },
      },
    },
    include: { posts: true },
  });
  const [opening] = topic.posts;
  if (!opening) throw new Error("The topic has no opening post");
  return { topic, opening };
}

export async function addReply(
  prisma: DbClient,
  options: {
    topicId: string;
    authorId: string;
    body?: string;
    replyToPostId?: string;
    status?: PostStatus;
    likeCount?: number;
    createdAt?: Date;
    mentions?: string[];
  },
) {
  const createdAt = options.createdAt ?? new Date();
  const status = options.status ?? "PUBLISHED";
  return prisma.$transaction(async (tx) => {
    const last = await tx.forumPost.findFirst({
      where: { topicId: options.topicId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const post = await tx.forumPost.create({
      data: {
        topicId: options.topicId,
        number: (last?.number ?? 0) + 1,
        authorId: options.authorId,
        body: options.body ?? `A reply ${unique()}`,
        replyToPostId: options.replyToPostId ?? null,
        status,
        likeCount: options.likeCount ?? 0,
        createdAt,
        mentions: { create: (options.mentions ?? []).map((userId) => ({ userId })) },
      },
    });
    if (status === "PUBLISHED") {
      await tx.forumTopic.update({
        where: { id: options.topicId },
        data: { postCount: { increment: 1 }, lastPostAt: createdAt },
      });
    }
    return post;
  });
}
