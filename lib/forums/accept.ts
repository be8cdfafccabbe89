import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

import { findReadablePost, findReadableTopic } from "./access";
import { type Db, inTransaction } from "./db";
import { cannotAccept } from "./errors";
import { forumPolicy } from "./policy";
import { acceptSchema } from "./schemas";

/**
 * Marks a reply as the topic's answer (the topic's author or a lead), or takes the mark back
 * (postId null). Only a published reply of the same discussion can be the answer.
 */
export async function acceptAnswer(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const { topicId, postId } = acceptSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const topic = await findReadableTopic(tx, actor, topicId);
    if (!forumPolicy.canAcceptAnswer(actor, topic)) throw cannotAccept();
    if (topic.kind !== "DISCUSSION")
      throw new AppError("CONFLICT", "A private message has no accepted answer.");
    if (postId !== null) {
      const post = await findReadablePost(tx, actor, postId);
      if (post.topicId !== topic.id || post.number === 1 || post.status !== "PUBLISHED")
        throw new AppError("CONFLICT", "Only a published reply in this topic can be its answer.");
    }
    await tx.forumTopic.update({ where: { id: topic.id }, data: { acceptedPostId: postId } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: postId ? "forum.answer_accepted" : "forum.answer_unaccepted",
      entityType: "ForumTopic",
      entityId: topic.id,
      before: { acceptedPostId: topic.acceptedPostId },
      after: { acceptedPostId: postId },
    });
    return { topicId: topic.id };
  });
}
