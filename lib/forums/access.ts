import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { cannotEditPost, categoryNotFound, postNotFound, topicNotFound } from "./errors";
import { forumPolicy, type Moderation } from "./policy";

// Finding the records a change is about, through the policy's where-clauses: what a person may
// not read is NOT_FOUND, never a hint that it exists.

/** Where the person moderates (a category, or everywhere). */
export const moderationsOf = (db: DbTransaction, actor: Actor): Promise<Moderation[]> =>
  db.forumModerator.findMany({ where: { userId: actor.userId }, select: { categoryId: true } });

export async function findReadableCategory(db: DbTransaction, actor: Actor, categoryId: string) {
  if (!isId(categoryId)) throw categoryNotFound();
  const category = await db.forumCategory.findFirst({
    where: { AND: [{ id: categoryId }, forumPolicy.readableCategoriesWhere(actor)] },
  });
  if (!category) throw categoryNotFound();
  return category;
}

export async function findReadableTopic(db: DbTransaction, actor: Actor, topicId: string) {
  if (!isId(topicId)) throw topicNotFound();
  const topic = await db.forumTopic.findFirst({
    where: { AND: [{ id: topicId }, forumPolicy.readableTopicsWhere(actor)] },
  });
  if (!topic) throw topicNotFound();
  return topic;
}
export type ReadableTopic = Awaited<ReturnType<typeof findReadableTopic>>;

export async function findReadablePost(db: DbTransaction, actor: Actor, postId: string) {
  if (!isId(postId)) throw postNotFound();
  const post = await db.forumPost.findFirst({
    where: { AND: [{ id: postId }, forumPolicy.readablePostsWhere(actor)] },
    include: { topic: true },
  });
  if (!post) throw postNotFound();
  return post;
}

/** A post the person may edit: their own, or one where they moderate. */
export async function findEditablePost(db: DbTransaction, actor: Actor, postId: string) {
  const post = await findReadablePost(db, actor, postId);
  const moderations = await moderationsOf(db, actor);
  const facts = { authorId: post.authorId, categoryId: post.topic.categoryId };
  if (!forumPolicy.canEditPost(actor, facts, moderations)) throw cannotEditPost();
  return post;
}

/** Holds the topic's row until the transaction ends: posts get their numbers one at a time. */
export async function lockTopic(db: DbTransaction, topicId: string): Promise<void> {
  await db.$executeRaw`SELECT 1 FROM "ForumTopic" WHERE "id" = ${topicId}::uuid FOR UPDATE`;
}

/** Puts a topic's published post count and latest post time right, after posts came or went. */
export async function recountTopic(db: DbTransaction, topicId: string): Promise<void> {
  const published = await db.forumPost.aggregate({
    where: { topicId, status: "PUBLISHED" },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  await db.forumTopic.update({
    where: { id: topicId },
    data: {
      postCount: published._count._all,
      ...(published._max.createdAt ? { lastPostAt: published._max.createdAt } : {}),
    },
  });
}
