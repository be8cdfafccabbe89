import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { lockTopic } from "./access";
import { fieldRefusal } from "./errors";
import { mentionedHandles } from "./handles";
import { canReadTopic, peopleByHandle } from "./people";
import { admitPost, announcePost } from "./publishing";

// Adding a post to a topic, for every kind of post: the admission, its number, the topic's counts,
// its mentions and, once public, its announcement. Runs in the caller's transaction.

export interface NewPost {
  topic: { id: string; categoryId: string | null };
  body: string;
  kind: "topic" | "reply" | "message";
  replyToPostId?: string | null;
}

/**
 * The people a post mentions, each of whom must exist and be able to read the topic; refused on
 * the body field otherwise, naming the handle.
 */
export async function mentionedPeople(db: DbTransaction, topicId: string, body: string) {
  const handles = mentionedHandles(body);
  const people = await peopleByHandle(db, handles, "body");
  for (const [index, person] of people.entries()) {
    if (!(await canReadTopic(db, person.actor, topicId)))
      throw fieldRefusal(
        "body",
        `@${handles[index] ?? ""} cannot read this topic, so they cannot be mentioned in it`,
      );
  }
  return people;
}

export async function addPost(
  tx: DbTransaction,
  actor: Actor,
  post: NewPost,
  context: AuditContext,
) {
  const mentioned = await mentionedPeople(tx, post.topic.id, post.body);
  const { status } = await admitPost(tx, {
    actor,
    categoryId: post.topic.categoryId,
    kind: post.kind,
  });
  await lockTopic(tx, post.topic.id);
  const last = await tx.forumPost.aggregate({
    where: { topicId: post.topic.id },
    _max: { number: true },
  });
  const created = await tx.forumPost.create({
    data: {
      topicId: post.topic.id,
      number: (last._max.number ?? 0) + 1,
      authorId: actor.userId,
      body: post.body,
      replyToPostId: post.replyToPostId ?? null,
      status,
      mentions: { create: mentioned.map((person) => ({ userId: person.id })) },
    },
  });
  if (status === "PUBLISHED") {
    await tx.forumTopic.update({
      where: { id: post.topic.id },
      data: { postCount: { increment: 1 }, lastPostAt: created.createdAt },
    });
  }
  await recordAuditEvent(tx, actorContext(actor, context), {
    action:
      post.kind === "reply"
        ? "forum.replied"
        : post.kind === "topic"
          ? "forum.topic_started"
          : "forum.message_sent",
    entityType: "ForumPost",
    entityId: created.id,
    after: {
      topicId: post.topic.id,
      number: created.number,
      status,
      mentions: mentioned.map((person) => person.id),
    },
  });
  const announced =
    status === "PUBLISHED"
      ? await announcePost(tx, { postId: created.id })
      : { outboxMessageIds: [] };
  return { post: created, outboxMessageIds: announced.outboxMessageIds };
}
