import "server-only";

import { type AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { deliverOutboxMessages } from "@/lib/mail/deliver";

import { findReadableCategory, findReadablePost, findReadableTopic } from "./access";
import { addPost } from "./add-post";
import { type Db, inTransaction } from "./db";
import { clearDraft } from "./drafts";
import { cannotStartTopic, fieldRefusal, topicClosed } from "./errors";
import { forumPolicy } from "./policy";
import { replySchema, topicSchema } from "./schemas";

// Starting a topic in a category, and replying to a topic.

/** Starts a topic: its title, tags and opening post. Returns the topic's id. */
export async function startTopic(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const topic = topicSchema.parse(input);
  const { topicId, outbox } = await inTransaction(db, async (tx) => {
    const category = await findReadableCategory(tx, actor, topic.categoryId);
    if (!forumPolicy.canStartTopic(actor, category)) throw cannotStartTopic();
    const created = await tx.forumTopic.create({
      data: {
        kind: "DISCUSSION",
        categoryId: category.id,
        title: topic.title,
        tags: topic.tags,
        authorId: actor.userId,
      },
    });
    const { outboxMessageIds } = await addPost(
      tx,
      actor,
      { topic: created, body: topic.body, kind: "topic" },
      context,
    );
    await clearDraft(tx, actor, `topic:${category.id}`);
    return { topicId: created.id, outbox: outboxMessageIds };
  });
  await deliverOutboxMessages(outbox);
  return { topicId };
}

/** Replies to a topic that is open, quoting or answering one of its posts. */
export async function replyToTopic(
  db: Db,
  actor: Actor,
  topicId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ postId: string; number: number }> {
  const reply = replySchema.parse(input);
  const { post, outbox } = await inTransaction(db, async (tx) => {
    const topic = await findReadableTopic(tx, actor, topicId);
    if (topic.closedAt) throw topicClosed();
    if (reply.replyToPostId) {
      const quoted = await findReadablePost(tx, actor, reply.replyToPostId).catch(() => null);
      if (!quoted || quoted.topicId !== topic.id)
        throw fieldRefusal("body", "The post you quoted is not in this topic");
    }
    const added = await addPost(
      tx,
      actor,
      {
        topic,
        body: reply.body,
        kind: topic.kind === "PRIVATE" ? "message" : "reply",
        replyToPostId: reply.replyToPostId,
      },
      context,
    );
    await clearDraft(tx, actor, `reply:${topic.id}`);
    return { post: added.post, outbox: added.outboxMessageIds };
  });
  await deliverOutboxMessages(outbox);
  return { postId: post.id, number: post.number };
}
