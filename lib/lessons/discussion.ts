import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { announcePost } from "@/lib/forums/publishing";

import { lessonHref, LESSONS_CATEGORY } from "./labels";

/**
 * The forum category every lesson's discussion goes in, created on first need: at the end of
 * the list, open to everyone signed in.
 */
export async function ensureLessonsCategory(tx: DbTransaction): Promise<{ id: string }> {
  const existing = await tx.forumCategory.findUnique({
    where: { slug: LESSONS_CATEGORY.slug },
    select: { id: true },
  });
  if (existing) return existing;
  const last = await tx.forumCategory.aggregate({ _max: { position: true } });
  return tx.forumCategory.upsert({
    where: { slug: LESSONS_CATEGORY.slug },
    update: {},
    create: {
      slug: LESSONS_CATEGORY.slug,
      name: LESSONS_CATEGORY.name,
      description: LESSONS_CATEGORY.description,
      colour: LESSONS_CATEGORY.colour,
      position: (last._max.position ?? 0) + 1,
    },
    select: { id: true },
  });
}

/** The opening post of a lesson's discussion: what it is about, and the way back to it. */
export const openingPostBody = (lesson: { id: string; title: string }) =>
  `This is the place for questions and answers about the lesson learned **${lesson.title.replace(/[\\`*_[\]<>]/g, "\\$&")}**.\n\n[Read the lesson](${lessonHref(lesson.id)})`;

/**
 * Opens a lesson's own discussion topic, in the transaction that saves the lesson: a topic in
 * the lessons category whose first post links back to the lesson. That post is written by the
 * platform from the lesson's title, so it is published at once and counts against no posting
 * limit (the lesson itself is an audited record); it is announced like every other post. Returns
 * the topic and the emails to send once the transaction has committed.
 */
export async function openLessonDiscussion(
  tx: DbTransaction,
  actor: Actor,
  lesson: { id: string; title: string },
): Promise<{ topicId: string; outboxMessageIds: string[] }> {
  const category = await ensureLessonsCategory(tx);
  const now = new Date();
  const topic = await tx.forumTopic.create({
    data: {
      kind: "DISCUSSION",
      categoryId: category.id,
      title: lesson.title,
      tags: ["lesson"],
      authorId: actor.userId,
      postCount: 1,
      lastPostAt: now,
      posts: {
        create: {
          number: 1,
          authorId: actor.userId,
          body: openingPostBody(lesson),
          status: "PUBLISHED",
          createdAt: now,
        },
      },
    },
    select: { id: true, posts: { select: { id: true } } },
  });
  const postId = topic.posts[0]?.id;
  const announced = postId ? await announcePost(tx, { postId }) : { outboxMessageIds: [] };
  return { topicId: topic.id, outboxMessageIds: announced.outboxMessageIds };
}
