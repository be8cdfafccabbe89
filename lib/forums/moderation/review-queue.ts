import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { isProgrammeLead } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Moderation } from "@/lib/forums/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

import { moderationsOf } from "./moderations";

export const REVIEW_QUEUE_SIZE = 50;

/**
 * The discussion posts a person moderates: every category for leads and global moderators, their
 * categories for the others, nothing for anyone else. Private messages are nobody's to moderate.
 */
export function moderatedPostsWhere(
  actor: Actor,
  moderations: readonly Moderation[],
): Prisma.ForumPostWhereInput | null {
  if (isProgrammeLead(actor) || moderations.some((m) => m.categoryId === null)) {
    return { topic: { kind: "DISCUSSION" } };
  }
  const categoryIds = moderations.flatMap((m) => (m.categoryId ? [m.categoryId] : []));
  if (categoryIds.length === 0) return null;
  return { topic: { kind: "DISCUSSION", categoryId: { in: categoryIds } } };
}

/** Posts waiting for a moderator: new people's posts, and posts with open flags. */
export const inQueueWhere: Prisma.ForumPostWhereInput = {
  OR: [
    { status: "AWAITING_REVIEW" },
    { status: { in: ["PUBLISHED", "HIDDEN"] }, flags: { some: { resolvedAt: null } } },
  ],
};

/** Where the person moderates, or FORBIDDEN: the queue is for leads and moderators. */
export async function requireModerator(db: DbTransaction, actor: Actor) {
  const moderations = await moderationsOf(db, actor);
  const where = moderatedPostsWhere(actor, moderations);
  if (!where) {
    throw new AppError("FORBIDDEN", "Only programme leads and forum moderators review posts.");
  }
  return { moderations, where };
}

/** The review queue, oldest first, with each post's open flags. */
export async function listReviewQueue(actor: Actor) {
  const prisma = await getPrisma();
  const { where } = await requireModerator(prisma, actor);
  const filter = { AND: [where, inQueueWhere] };
  const [total, posts] = await Promise.all([
    prisma.forumPost.count({ where: filter }),
    prisma.forumPost.findMany({
      where: filter,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: REVIEW_QUEUE_SIZE,
      select: {
        id: true,
        number: true,
        body: true,
        status: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
        topic: {
          select: { id: true, title: true, category: { select: { id: true, name: true } } },
        },
        flags: {
          where: { resolvedAt: null },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            reason: true,
            note: true,
            createdAt: true,
            user: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  return { total, posts };
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
export type ReviewQueuePost = ReviewQueue["posts"][number];
