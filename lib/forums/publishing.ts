import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { admitNewPost } from "@/lib/forums/moderation/admission";
import { announcePublishedPost } from "@/lib/forums/watching/announce";
import { trackOnReply as track } from "@/lib/forums/watching/levels";

// The two moments every new post passes through, whoever writes it (a topic, a reply, a private
// message, a lesson's discussion): admission before it is saved, announcement once it is public.
// Moderation and notifications live behind these, so the writing code stays the same.

export interface PostAdmission {
  actor: Actor;
  /** The category written to; null for a private message. */
  categoryId: string | null;
  kind: "topic" | "reply" | "message";
}

/**
 * Decides whether a new post is published at once or waits in the review queue (a new account's
 * first posts), and refuses it with an AppError("RATE_LIMITED") when the person posts too fast.
 * Runs in the transaction that saves the post. The rules are in lib/forums/moderation/admission.ts:
 * new people (an account under a day old, or fewer than two published posts) wait for review and
 * may start 3 topics and post 10 replies a day, 30 seconds apart; everyone posts 30 times an hour
 * at most; leads, platform admins and the category's moderators never wait.
 */
export function admitPost(
  tx: DbTransaction,
  admission: PostAdmission,
): Promise<{ status: "PUBLISHED" | "AWAITING_REVIEW" }> {
  return admitNewPost(tx, admission);
}

/**
 * Tells the people who should know about a post that has just become public (at creation, or
 * when a moderator approves it): the people it mentions (ForumMention rows) and those watching
 * its topic or category. Runs in the same transaction; deliver the returned outbox messages
 * (lib/mail) after it commits.
 */
export function announcePost(
  tx: DbTransaction,
  post: { postId: string },
): Promise<{ outboxMessageIds: string[] }> {
  return announcePublishedPost(tx, post.postId);
}

/**
 * Replying to a topic tracks it (notified when replied to or mentioned), unless the person chose a
 * level for it already. announcePost calls it for each reply's author.
 */
export function trackOnReply(tx: DbTransaction, userId: string, topicId: string): Promise<void> {
  return track(tx, userId, topicId);
}
