import "server-only";

import type { DbTransaction } from "@/lib/db/types";
import type { WatchLevel } from "@/lib/generated/prisma/enums";

// How closely a person follows a topic: the level they set on the topic, else the level they set
// on its category (watching a category watches each of its topics), else normal.

export interface TopicWatchers {
  /** Everyone with a level of their own on the topic or its category, and their effective level. */
  levels: Map<string, WatchLevel>;
  /** People whose level comes from the category, not the topic. */
  fromCategory: Set<string>;
}

/** Every explicit level on a topic and on its category, in two queries. */
export async function topicWatchers(
  db: DbTransaction,
  topic: { id: string; categoryId: string | null },
): Promise<TopicWatchers> {
  const [onTopic, onCategory] = await Promise.all([
    db.forumTopicWatch.findMany({
      where: { topicId: topic.id },
      select: { userId: true, level: true },
    }),
    topic.categoryId
      ? db.forumCategoryWatch.findMany({
          where: { categoryId: topic.categoryId },
          select: { userId: true, level: true },
        })
      : Promise.resolve([]),
  ]);
  const levels = new Map<string, WatchLevel>();
  const fromCategory = new Set<string>();
  for (const watch of onCategory) {
    levels.set(watch.userId, watch.level);
    fromCategory.add(watch.userId);
  }
  for (const watch of onTopic) {
    levels.set(watch.userId, watch.level);
    fromCategory.delete(watch.userId);
  }
  return { levels, fromCategory };
}

/** Sets a person's level on a topic unless they already have one (they chose, or were given). */
export async function followUnlessSet(
  db: DbTransaction,
  userId: string,
  topicId: string,
  level: WatchLevel,
): Promise<void> {
  await db.forumTopicWatch.createMany({
    data: [{ userId, topicId, level }],
    skipDuplicates: true,
  });
}

/** Replying to a topic tracks it, unless the person already chose a level for it. */
export const trackOnReply = (db: DbTransaction, userId: string, topicId: string) =>
  followUnlessSet(db, userId, topicId, "TRACKING");
