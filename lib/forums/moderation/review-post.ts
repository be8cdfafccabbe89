import "server-only";

import { randomUUID } from "node:crypto";

import { actorContext } from "@/lib/audit/actor-context";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { announcePost } from "@/lib/forums/publishing";
import { postHref } from "@/lib/forums/watching/post-link";
import type { FlagResolution, PostStatus } from "@/lib/generated/prisma/enums";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { notify } from "@/lib/notifications/notify";

import type { ReviewDecision } from "./labels";
import { requireModerator } from "./review-queue";
import { reviewPostSchema, warnAuthorSchema } from "./schemas";

const notFound = () => new AppError("NOT_FOUND", "That post was not found.");

const outcome: Record<
  ReviewDecision,
  { status: PostStatus; resolution: FlagResolution; action: string }
> = {
  APPROVE: { status: "PUBLISHED", resolution: "APPROVED", action: "forum.post_approved" },
  HIDE: { status: "HIDDEN", resolution: "HIDDEN", action: "forum.post_hidden" },
  DELETE: { status: "DELETED", resolution: "DELETED", action: "forum.post_deleted" },
};

/** A post the person moderates (a miss is NOT_FOUND), with what a decision on it needs. */
async function moderatedPost(db: DbTransaction, actor: Actor, postId: string) {
  const { where } = await requireModerator(db, actor);
  const post = await db.forumPost.findFirst({
    where: { AND: [{ id: postId }, where] },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      authorId: true,
      topicId: true,
      topic: { select: { title: true } },
    },
  });
  if (!post) throw notFound();
  return post;
}

/**
 * A moderator's decision on a post: approve (publish it, announcing it if it waited for review),
 * hide or delete it. Its open flags are resolved with the decision. Audited.
 */
export async function reviewPost(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ status: PostStatus }> {
  const { postId, decision } = reviewPostSchema.parse(input);
  const prisma = await getPrisma();
  const { status, resolution, action } = outcome[decision];
  const { outboxMessageIds } = await prisma.$transaction(async (tx) => {
    const post = await moderatedPost(tx, actor, postId);
    if (post.status === "DELETED") {
      throw new AppError("CONFLICT", "That post has been deleted already.");
    }
    const now = new Date();
    const resolved = await tx.forumFlag.updateMany({
      where: { postId, resolvedAt: null },
      data: { resolvedAt: now, resolution, resolvedById: actor.userId },
    });
    if (post.status !== status) {
      // Changed only from the status read, so that two moderators deciding at once never count
      // the post twice.
      const { count } = await tx.forumPost.updateMany({
        where: { id: postId, status: post.status },
        data: { status },
      });
      if (count === 0) {
        throw new AppError("CONFLICT", "Another moderator has just reviewed this post.");
      }
      const wasPublic = post.status === "PUBLISHED";
      const isPublic = status === "PUBLISHED";
      if (wasPublic !== isPublic) {
        const topic = await tx.forumTopic.findUniqueOrThrow({
          where: { id: post.topicId },
          select: { lastPostAt: true },
        });
        await tx.forumTopic.update({
          where: { id: post.topicId },
          data: {
            postCount: { [isPublic ? "increment" : "decrement"]: 1 },
            ...(isPublic && post.createdAt > topic.lastPostAt
              ? { lastPostAt: post.createdAt }
              : {}),
          },
        });
      }
    }
    await recordAuditEvent(tx, actorContext(actor, context), {
      action,
      entityType: "ForumPost",
      entityId: postId,
      before: { status: post.status },
      after: { status, flagsResolved: resolved.count },
    });
    // A post that waited for review becomes public only now: tell the people it concerns.
    if (post.status === "AWAITING_REVIEW" && status === "PUBLISHED") {
      return announcePost(tx, { postId });
    }
    return { outboxMessageIds: [] };
  });
  await deliverOutboxMessages(outboxMessageIds);
  return { status };
}

/** A moderator's message to a post's author: a notification (and an email, as they chose). */
export async function warnAuthor(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { postId, message } = warnAuthorSchema.parse(input);
  const prisma = await getPrisma();
  const { outboxMessageIds } = await prisma.$transaction(async (tx) => {
    const post = await moderatedPost(tx, actor, postId);
    if (!post.authorId) {
      throw new AppError("CONFLICT", "That post's author no longer has an account.");
    }
    const sent = await notify(tx, {
      userIds: [post.authorId],
      kind: "forum.warning",
      title: `A moderator's message about your post in "${post.topic.title.slice(0, 120)}"`,
      body: message,
      href: postHref(post.topicId, post.number),
      dedupeKey: `forum-warning:${postId}:${randomUUID()}`,
      email: true,
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.author_warned",
      entityType: "ForumPost",
      entityId: postId,
      after: { authorId: post.authorId, message },
    });
    return sent;
  });
  await deliverOutboxMessages(outboxMessageIds);
}
