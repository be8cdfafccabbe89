import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import { forumPolicy } from "@/lib/forums/policy";
import { excerptOf } from "@/lib/forums/watching/announce";
import { postHref } from "@/lib/forums/watching/post-link";
import { actorSelect, groupByVisibility, toActor } from "@/lib/forums/watching/readers";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { linkTo } from "@/lib/mail/links";
import { LINK_LINE, queueEmail } from "@/lib/mail/queue-email";

import { type DigestPeriod, digestPeriod } from "./periods";

// The forum digest: new topics and the most liked posts of the day or the week, emailed to each
// person as they chose (User.forumDigest). A digest only ever lists what its reader may read,
// asked of forumPolicy for that reader: people who read the same (the same memberships, or leads)
// share one pair of queries, so a run makes two queries per group of people, not per person.
// Private messages never appear, nor what the person muted (a muted category or topic), nor their
// own posts among the popular ones. Nothing new, no email.
//
// Each digest is first claimed as a ForumDigest row (person, period) in the transaction that puts
// the email in the outbox: a second run, or a second scheduler at the same moment, finds it
// claimed and sends nothing.

export const DIGEST_TOPICS = 10;
export const DIGEST_POSTS = 5;
/** Fetched per group before each person's muted topics are left out. */
const FETCH = 40;

interface DigestTopic {
  id: string;
  title: string;
  categoryId: string | null;
  category: { name: string } | null;
  author: { name: string } | null;
}

interface DigestPost {
  id: string;
  number: number;
  body: string;
  likeCount: number;
  authorId: string | null;
  author: { name: string } | null;
  topic: { id: string; title: string; categoryId: string | null };
}

async function contentFor(db: DbClient, reader: Actor, window: DigestPeriod, now: Date) {
  const during = { gte: window.since, lt: now };
  const [topics, posts] = await Promise.all([
    db.forumTopic.findMany({
      where: {
        AND: [
          forumPolicy.readableTopicsWhere(reader),
          {
            kind: "DISCUSSION",
            createdAt: during,
            posts: { some: { number: 1, status: "PUBLISHED" } },
          },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: FETCH,
      select: {
        id: true,
        title: true,
        categoryId: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
      },
    }),
    db.forumPost.findMany({
      where: {
        AND: [
          forumPolicy.readablePostsWhere(reader),
          {
            status: "PUBLISHED",
            createdAt: during,
            likeCount: { gt: 0 },
            topic: { kind: "DISCUSSION" },
          },
        ],
      },
      orderBy: [{ likeCount: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      take: FETCH,
      select: {
        id: true,
        number: true,
        body: true,
        likeCount: true,
        authorId: true,
        author: { select: { name: true } },
        topic: { select: { id: true, title: true, categoryId: true } },
      },
    }),
  ]);
  return { topics, posts };
}

function emailBody(topics: DigestTopic[], posts: DigestPost[], since: Date): string {
  const lines = [
    `What is new in the Coalition forums since ${since.toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      timeZone: "Europe/London",
    })}.`,
  ];
  if (topics.length > 0) {
    lines.push("", "New topics", "");
    for (const topic of topics) {
      lines.push(
        `- "${topic.title}" in ${topic.category?.name ?? "the forums"}, started by ${topic.author?.name ?? "a former member"}`,
        `  ${linkTo(`/forums/t/${topic.id}`)}`,
      );
    }
  }
  if (posts.length > 0) {
    lines.push("", "Popular posts", "");
    for (const post of posts) {
      lines.push(
        `- ${post.author?.name ?? "A former member"} in "${post.topic.title}" (${post.likeCount} ${post.likeCount === 1 ? "like" : "likes"}): ${excerptOf(post.body)}`,
        `  ${linkTo(postHref(post.topic.id, post.number))}`,
      );
    }
  }
  lines.push(
    "",
    "Open the forums:",
    LINK_LINE,
    "",
    "You can change how often you get this digest, or stop it, on your account page.",
  );
  return lines.join("\n");
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

async function sendFor(
  db: DbClient,
  frequency: DigestFrequency,
  window: DigestPeriod,
  now: Date,
): Promise<string[]> {
  const people = await db.user.findMany({
    where: {
      forumDigest: frequency,
      disabledAt: null,
      forumDigests: { none: { period: window.period } },
    },
    select: actorSelect,
  });
  if (people.length === 0) return [];
  const readers = people.map(toActor);
  const ids = readers.map((reader) => reader.userId);
  const [mutedCategories, mutedTopics] = await Promise.all([
    db.forumCategoryWatch.findMany({
      where: { userId: { in: ids }, level: "MUTED" },
      select: { userId: true, categoryId: true },
    }),
    db.forumTopicWatch.findMany({
      where: { userId: { in: ids }, level: "MUTED" },
      select: { userId: true, topicId: true },
    }),
  ]);
  const muted = new Set([
    ...mutedCategories.map((watch) => `${watch.userId}:${watch.categoryId}`),
    ...mutedTopics.map((watch) => `${watch.userId}:${watch.topicId}`),
  ]);
  const mutes = (userId: string, topicId: string, categoryId: string | null) =>
    muted.has(`${userId}:${topicId}`) ||
    (categoryId !== null && muted.has(`${userId}:${categoryId}`));

  const outbox: string[] = [];
  for (const group of groupByVisibility(readers)) {
    const [someone] = group;
    if (!someone) continue;
    const content = await contentFor(db, someone, window, now);
    for (const reader of group) {
      const topics = content.topics
        .filter((topic) => !mutes(reader.userId, topic.id, topic.categoryId))
        .slice(0, DIGEST_TOPICS);
      const posts = content.posts
        .filter(
          (post) =>
            post.authorId !== reader.userId &&
            !mutes(reader.userId, post.topic.id, post.topic.categoryId),
        )
        .slice(0, DIGEST_POSTS);
      if (topics.length === 0 && posts.length === 0) continue;
      const id = await db.$transaction(async (tx) => {
        const claimed = await tx.forumDigest.createMany({
          data: [
            {
              userId: reader.userId,
              period: window.period,
              postCount: topics.length + posts.length,
            },
          ],
          skipDuplicates: true,
        });
        if (claimed.count === 0) return null;
        return queueEmail(tx, {
          to: reader.email,
          subject: `Your ${frequency === "DAILY" ? "daily" : "weekly"} forum digest: ${plural(topics.length, "new topic", "new topics")}, ${plural(posts.length, "popular post", "popular posts")}`,
          body: emailBody(topics, posts, window.since),
          link: linkTo("/forums"),
        });
      });
      if (id) outbox.push(id);
    }
  }
  return outbox;
}

/** Sends the digests due at `now` that no run has sent yet; answers how many it sent. */
export async function sendForumDigests(db: DbClient, now: Date): Promise<{ sent: number }> {
  const outbox: string[] = [];
  for (const frequency of ["DAILY", "WEEKLY"] as const) {
    const window = digestPeriod(frequency, now);
    if (window) outbox.push(...(await sendFor(db, frequency, window, now)));
  }
  await deliverOutboxMessages(outbox);
  return { sent: outbox.length };
}
