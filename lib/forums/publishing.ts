import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

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
 * Runs in the transaction that saves the post.
 */
export function admitPost(
  _tx: DbTransaction,
  _admission: PostAdmission,
): Promise<{ status: "PUBLISHED" | "AWAITING_REVIEW" }> {
  return Promise.resolve({ status: "PUBLISHED" });
}

/**
 * Tells the people who should know about a post that has just become public (at creation, or
 * when a moderator approves it): the people it mentions (ForumMention rows) and those watching
 * its topic or category. Runs in the same transaction; deliver the returned outbox messages
 * (lib/mail) after it commits.
 */
export function announcePost(
  _tx: DbTransaction,
  _post: { postId: string },
): Promise<{ outboxMessageIds: string[] }> {
  return Promise.resolve({ outboxMessageIds: [] });
}
