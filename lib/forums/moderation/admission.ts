import "server-only";

import { RateLimiterRes } from "rate-limiter-flexible";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { type LimitSpec, rateLimiter } from "@/lib/auth/rate-limiter";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { forumPolicy } from "@/lib/forums/policy";
import type { PostStatus } from "@/lib/generated/prisma/enums";

import { moderationsOf } from "./moderations";

// Admission of a new post. A person is new on their account's first day (accounts come only by
// invitation). A new person's first two posts wait in the review queue until a moderator approves
// them, and they may start at most 3 topics and post at most 10 replies that day, with 30 seconds
// between posts. Everyone posts at most
// 30 times an hour. Programme leads, platform admins and moderators of the category are trusted:
// their posts never wait and the new-account limits do not apply to them (the hourly ceiling
// does). Private messages never wait, as no moderator may read them; their limits are a reply's.
// The counts live where every limit's do (lib/auth/rate-limiter): the database on PostgreSQL,
// so that every app process counts the same posts.

export const NEW_ACCOUNT_HOURS = 24;
/** Published posts after which a person is no longer new. */
export const TRUSTED_AFTER_POSTS = 2;

export const FORUM_LIMITS = {
  newAccountTopics: { keyPrefix: "forum-new-topics", points: 3, duration: 24 * 60 * 60 },
  newAccountReplies: { keyPrefix: "forum-new-replies", points: 10, duration: 24 * 60 * 60 },
  newAccountPause: { keyPrefix: "forum-new-pause", points: 1, duration: 30 },
  everyoneHourly: { keyPrefix: "forum-posts-hour", points: 30, duration: 60 * 60 },
} satisfies Record<string, LimitSpec>;

type LimitName = keyof typeof FORUM_LIMITS;

const refusals: Record<LimitName, string> = {
  newAccountTopics: "New accounts start at most 3 topics a day.",
  newAccountReplies: "New accounts post at most 10 replies a day.",
  newAccountPause: "New accounts wait 30 seconds between posts.",
  everyoneHourly: "Everyone posts at most 30 times an hour.",
};

const ukClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "in 25 seconds", or "at 14:05 (UK time)" for longer waits. */
export function whenAgain(waitMs: number, now: Date = new Date()): string {
  if (waitMs < 90_000) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  }
  // Round up to the minute, so that the time given is never too early.
  const at = new Date(Math.ceil((now.getTime() + waitMs) / 60_000) * 60_000);
  return `at ${ukClock.format(at)} (UK time)`;
}

const refuse = (limit: LimitName, waitMs: number) =>
  new AppError("RATE_LIMITED", `${refusals[limit]} You can post again ${whenAgain(waitMs)}.`);

/** Whether the person's account is on its first day. */
async function isNewPerson(db: DbTransaction, actor: Actor): Promise<boolean> {
  const person = await db.user.findUnique({
    where: { id: actor.userId },
    select: { createdAt: true },
  });
  if (!person) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return Date.now() - person.createdAt.getTime() < NEW_ACCOUNT_HOURS * 60 * 60 * 1000;
}

/** Whether a new person's posts still wait: fewer than two of theirs have been published. */
async function firstPostsPending(db: DbTransaction, actor: Actor): Promise<boolean> {
  const published = await db.forumPost.findMany({
    where: { authorId: actor.userId, status: "PUBLISHED" },
    select: { id: true },
    take: TRUSTED_AFTER_POSTS,
  });
  return published.length < TRUSTED_AFTER_POSTS;
}

/**
 * Counts one post against the person's limits. Every limit is read first, so that a refused post
 * uses up none of them; then each is taken (a post racing past the reading is still refused).
 */
async function takeAllowance(userId: string, limits: readonly LimitName[]): Promise<void> {
  const limiters = await Promise.all(limits.map((name) => rateLimiter(FORUM_LIMITS[name])));
  const states = await Promise.all(limiters.map((limiter) => limiter.get(userId)));
  states.forEach((state, index) => {
    const name = limits[index];
    if (name && state && state.consumedPoints >= FORUM_LIMITS[name].points) {
      throw refuse(name, state.msBeforeNext);
    }
  });
  for (const [index, limiter] of limiters.entries()) {
    const name = limits[index];
    if (!name) continue;
    try {
      await limiter.consume(userId);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refuse(name, error.msBeforeNext);
      throw error;
    }
  }
}

export async function admitNewPost(
  db: DbTransaction,
  admission: { actor: Actor; categoryId: string | null; kind: "topic" | "reply" | "message" },
): Promise<{ status: Extract<PostStatus, "PUBLISHED" | "AWAITING_REVIEW"> }> {
  const { actor, categoryId, kind } = admission;
  const trusted =
    isProgrammeLead(actor) ||
    forumPolicy.canModerate(actor, categoryId, await moderationsOf(db, actor));
  const isNew = !trusted && (await isNewPerson(db, actor));
  const limits: LimitName[] = isNew
    ? [
        "newAccountPause",
        kind === "topic" ? "newAccountTopics" : "newAccountReplies",
        "everyoneHourly",
      ]
    : ["everyoneHourly"];
  await takeAllowance(actor.userId, limits);
  const waits = isNew && kind !== "message" && (await firstPostsPending(db, actor));
  return { status: waits ? "AWAITING_REVIEW" : "PUBLISHED" };
}
