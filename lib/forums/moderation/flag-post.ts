import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { forumPolicy } from "@/lib/forums/policy";

import { flagPostSchema } from "./schemas";

/** Flags from this many different people hide a post until a moderator reviews it. */
export const FLAGS_TO_HIDE = 3;

const notFound = () => new AppError("NOT_FOUND", "That post was not found.");

/**
 * Flags a post for the moderators: anyone who reads a published post may, once, except its
 * author. The third open flag from a different person hides the post until it is reviewed.
 */
export async function flagPost(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ hidden: boolean }> {
  const { postId, reason, note } = flagPostSchema.parse(input);
  const prisma = await getPrisma();
  const audit = actorContext(actor, context);
  try {
    return await prisma.$transaction(async (tx) => {
      const post = await tx.forumPost.findFirst({
        where: {
          AND: [{ id: postId, status: "PUBLISHED" }, forumPolicy.readablePostsWhere(actor)],
        },
        select: { id: true, topicId: true, authorId: true },
      });
      if (!post) throw notFound();
      if (post.authorId === actor.userId) {
        throw new AppError(
          "FORBIDDEN",
          "You cannot flag your own post. Edit or delete it instead.",
        );
      }
      const already = await tx.forumFlag.findUnique({
        where: { postId_userId: { postId, userId: actor.userId } },
        select: { id: true },
      });
      if (already) throw alreadyFlagged();
      const flag = await tx.forumFlag.create({
        data: { postId, userId: actor.userId, reason, note },
        select: { id: true },
      });
      await recordAuditEvent(tx, audit, {
        action: "forum.post_flagged",
        entityType: "ForumPost",
        entityId: postId,
        after: { flagId: flag.id, reason, note },
      });

      const openFlags = await tx.forumFlag.count({
        where: { postId, resolvedAt: null, userId: { not: null } },
      });
      if (openFlags < FLAGS_TO_HIDE) return { hidden: false };
      // Only the flag that tips it over hides it: a post already hidden stays as it is.
      const { count } = await tx.forumPost.updateMany({
        where: { id: postId, status: "PUBLISHED" },
        data: { status: "HIDDEN" },
      });
      if (count === 0) return { hidden: false };
      await tx.forumTopic.update({
        where: { id: post.topicId },
        data: { postCount: { decrement: 1 } },
      });
      await recordAuditEvent(tx, audit, {
        action: "forum.post_hidden_by_flags",
        entityType: "ForumPost",
        entityId: postId,
        before: { status: "PUBLISHED" },
        after: { status: "HIDDEN", openFlags },
      });
      return { hidden: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyFlagged();
    throw error;
  }
}

const alreadyFlagged = () =>
  new AppError("CONFLICT", "You have already flagged this post. The moderators will review it.");
