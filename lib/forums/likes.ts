import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

import { findReadablePost } from "./access";
import { type Db, inTransaction } from "./db";
import { likeSchema } from "./schemas";

/** Likes a post (once per person, never one's own), or takes the like back. */
export async function likePost(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string; number: number; likeCount: number }> {
  const { postId, like } = likeSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const post = await findReadablePost(tx, actor, postId);
    if (post.authorId === actor.userId)
      throw new AppError("CONFLICT", "You cannot like your own post.");
    if (post.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "This post is not public yet, so it cannot be liked.");
    const key = { postId_userId: { postId: post.id, userId: actor.userId } };
    const had = (await tx.forumPostLike.findUnique({ where: key })) !== null;
    if (had !== like) {
      if (like) await tx.forumPostLike.create({ data: { postId: post.id, userId: actor.userId } });
      else await tx.forumPostLike.delete({ where: key });
      await recordAuditEvent(tx, actorContext(actor, context), {
        action: like ? "forum.post_liked" : "forum.post_unliked",
        entityType: "ForumPost",
        entityId: post.id,
      });
    }
    const likeCount = await tx.forumPostLike.count({ where: { postId: post.id } });
    await tx.forumPost.update({ where: { id: post.id }, data: { likeCount } });
    return { topicId: post.topicId, number: post.number, likeCount };
  });
}
