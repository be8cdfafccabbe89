import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

import {
  findReadableCategory,
  findReadableTopic,
  lockTopic,
  moderationsOf,
  recountTopic,
} from "./access";
import { type Db, inTransaction } from "./db";
import { cannotModerate, changedMeanwhile, fieldRefusal } from "./errors";
import { forumPolicy } from "./policy";
import { moderateTopicSchema, moveTopicSchema, splitTopicSchema } from "./schemas";

// What leads and moderators do with a whole topic: pin, close, move it, split replies off it.

/** The discussion, if the person moderates its category; private messages are nobody's to moderate. */
async function findModeratedTopic(tx: DbTransaction, actor: Actor, topicId: string) {
  const topic = await findReadableTopic(tx, actor, topicId);
  const moderations = await moderationsOf(tx, actor);
  if (topic.kind !== "DISCUSSION" || !forumPolicy.canModerate(actor, topic.categoryId, moderations))
    throw cannotModerate();
  return { topic, moderations };
}

/** Pins, unpins, closes or reopens a topic. */
export async function moderateTopic(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const { topicId, change } = moderateTopicSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const { topic } = await findModeratedTopic(tx, actor, topicId);
    const now = new Date();
    const data =
      change === "pin"
        ? { pinnedAt: topic.pinnedAt ?? now }
        : change === "unpin"
          ? { pinnedAt: null }
          : change === "close"
            ? { closedAt: topic.closedAt ?? now }
            : { closedAt: null };
    await tx.forumTopic.update({
      where: { id: topic.id },
      data: { ...data, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: `forum.topic_${change === "reopen" ? "reopened" : change === "close" ? "closed" : `${change}ned`}`,
      entityType: "ForumTopic",
      entityId: topic.id,
    });
    return { topicId: topic.id };
  });
}

/** Moves a topic to another category the person reads and moderates. */
export async function moveTopic(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const move = moveTopicSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const { topic, moderations } = await findModeratedTopic(tx, actor, move.topicId);
    const target = await findReadableCategory(tx, actor, move.categoryId).catch(() => {
      throw fieldRefusal("categoryId", "Choose a category you can read");
    });
    if (!forumPolicy.canModerate(actor, target.id, moderations))
      throw fieldRefusal("categoryId", "You can only move topics to categories you moderate");
    if (target.id === topic.categoryId)
      throw fieldRefusal("categoryId", "The topic is in this category already");
    const { count } = await tx.forumTopic.updateMany({
      where: { id: topic.id, version: move.version },
      data: { categoryId: target.id, version: { increment: 1 } },
    });
    if (count === 0) throw changedMeanwhile("topic");
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.topic_moved",
      entityType: "ForumTopic",
      entityId: topic.id,
      before: { categoryId: topic.categoryId },
      after: { categoryId: target.id },
    });
    return { topicId: topic.id };
  });
}

/**
 * Moves chosen replies into a new topic (in a category the person moderates), numbered from 1
 * in their time order. The opening post stays; an accepted answer that moves is no longer the
 * old topic's answer.
 */
export async function splitTopic(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const split = splitTopicSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const { topic, moderations } = await findModeratedTopic(tx, actor, split.topicId);
    const target = await findReadableCategory(tx, actor, split.categoryId).catch(() => {
      throw fieldRefusal("categoryId", "Choose a category you can read");
    });
    if (!forumPolicy.canModerate(actor, target.id, moderations))
      throw fieldRefusal("categoryId", "You can only split topics into categories you moderate");
    await lockTopic(tx, topic.id);
    const posts = await tx.forumPost.findMany({
      where: { topicId: topic.id, id: { in: split.postIds } },
      orderBy: { number: "asc" },
    });
    if (posts.length !== split.postIds.length)
      throw new AppError(
        "CONFLICT",
        "Some of the chosen replies are no longer in this topic. Reload the page and choose again.",
      );
    if (posts.some((post) => post.number === 1))
      throw fieldRefusal("postIds", "The opening post stays with its topic: choose replies only");
    const first = posts[0];
    if (!first)
      throw fieldRefusal("postIds", "Choose at least one reply to move into the new topic");
    const created = await tx.forumTopic.create({
      data: {
        kind: "DISCUSSION",
        categoryId: target.id,
        title: split.title,
        tags: topic.tags,
        authorId: first.authorId,
        createdAt: first.createdAt,
      },
    });
    for (const [index, post] of posts.entries()) {
      await tx.forumPost.update({
        where: { id: post.id },
        data: { topicId: created.id, number: index + 1, replyToPostId: null },
      });
    }
    if (topic.acceptedPostId && split.postIds.includes(topic.acceptedPostId))
      await tx.forumTopic.update({ where: { id: topic.id }, data: { acceptedPostId: null } });
    await recountTopic(tx, topic.id);
    await recountTopic(tx, created.id);
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.topic_split",
      entityType: "ForumTopic",
      entityId: topic.id,
      after: { newTopicId: created.id, postIds: posts.map((post) => post.id) },
    });
    return { topicId: created.id };
  });
}
