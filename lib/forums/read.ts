import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

import { findReadablePost, findReadableTopic, moderationsOf } from "./access";
import { categoryNotFound } from "./errors";
import { handleOf } from "./handles";
import { POSTS_PER_PAGE, type TopicFilter, TOPICS_PER_PAGE } from "./labels";
import { forumPolicy } from "./policy";
import type { TopicListQuery } from "./schemas";

// What the forum pages show, every read through the policy's where-clauses.

const filterWhere = (filter: TopicFilter): Prisma.ForumTopicWhereInput =>
  filter === "solved"
    ? { acceptedPostId: { not: null } }
    : filter === "unanswered"
      ? { acceptedPostId: null }
      : {};

const topicRow = {
  id: true,
  title: true,
  tags: true,
  postCount: true,
  lastPostAt: true,
  pinnedAt: true,
  closedAt: true,
  acceptedPostId: true,
  author: { select: { name: true } },
  category: { select: { name: true, slug: true, colour: true } },
} satisfies Prisma.ForumTopicSelect;

async function pageOfTopics(
  db: DbTransaction,
  where: Prisma.ForumTopicWhereInput,
  page: number,
  orderBy: Prisma.ForumTopicOrderByWithRelationInput[],
) {
  const [total, topics] = await Promise.all([
    db.forumTopic.count({ where }),
    db.forumTopic.findMany({
      where,
      orderBy,
      skip: (page - 1) * TOPICS_PER_PAGE,
      take: TOPICS_PER_PAGE,
      select: topicRow,
    }),
  ]);
  return { total, topics, pageSize: TOPICS_PER_PAGE };
}
export type TopicRow = Awaited<ReturnType<typeof pageOfTopics>>["topics"][number];

/** The forums' front page: the categories the person reads, and the latest topics. */
export async function forumsHome(db: DbTransaction, actor: Actor, query: TopicListQuery) {
  const categories = await db.forumCategory.findMany({
    where: forumPolicy.readableCategoriesWhere(actor),
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      colour: true,
      restricted: true,
      whoMayStart: true,
      place: { select: { name: true } },
    },
  });
  const ids = categories.map((category) => category.id);
  const [counts, latest] = await Promise.all([
    db.forumTopic.groupBy({
      by: ["categoryId"],
      where: { categoryId: { in: ids }, kind: "DISCUSSION" },
      _count: { _all: true },
      _sum: { postCount: true },
    }),
    Promise.all(
      ids.map((categoryId) =>
        db.forumTopic.findFirst({
          where: { categoryId, kind: "DISCUSSION" },
          orderBy: { lastPostAt: "desc" },
          select: { id: true, title: true, lastPostAt: true },
        }),
      ),
    ),
  ]);
  const withCounts = categories.map((category, index) => {
    const count = counts.find((row) => row.categoryId === category.id);
    return {
      ...category,
      topicCount: count?._count._all ?? 0,
      postCount: count?._sum.postCount ?? 0,
      latest: latest[index] ?? null,
    };
  });
  const topics = await pageOfTopics(
    db,
    {
      AND: [
        { kind: "DISCUSSION", category: forumPolicy.readableCategoriesWhere(actor) },
        filterWhere(query.filter),
      ],
    },
    query.page,
    [{ lastPostAt: "desc" }, { id: "asc" }],
  );
  return { categories: withCounts, ...topics };
}

/** A category's page: its topics, pinned first, then by latest post. */
export async function categoryPage(
  db: DbTransaction,
  actor: Actor,
  slug: string,
  query: TopicListQuery,
) {
  const category = await db.forumCategory.findFirst({
    where: { AND: [{ slug }, forumPolicy.readableCategoriesWhere(actor)] },
  });
  if (!category) throw categoryNotFound();
  const moderations = await moderationsOf(db, actor);
  const topics = await pageOfTopics(
    db,
    { AND: [{ categoryId: category.id, kind: "DISCUSSION" }, filterWhere(query.filter)] },
    query.page,
    [{ pinnedAt: { sort: "desc", nulls: "last" } }, { lastPostAt: "desc" }, { id: "asc" }],
  );
  return {
    category,
    canStart: forumPolicy.canStartTopic(actor, category),
    canModerate: forumPolicy.canModerate(actor, category.id, moderations),
    ...topics,
  };
}

const person = (user: { id: string; name: string } | null) =>
  user ? { id: user.id, name: user.name, handle: handleOf(user.name) } : null;

/** A topic's page of posts in time order, with what the person may do on it. */
export async function topicPage(db: DbTransaction, actor: Actor, topicId: string, page: number) {
  const topic = await findReadableTopic(db, actor, topicId);
  const postsWhere: Prisma.ForumPostWhereInput = {
    AND: [{ topicId: topic.id }, forumPolicy.readablePostsWhere(actor)],
  };
  const [moderations, total, posts, category, participants, accepted] = await Promise.all([
    moderationsOf(db, actor),
    db.forumPost.count({ where: postsWhere }),
    db.forumPost.findMany({
      where: postsWhere,
      orderBy: { number: "asc" },
      skip: (page - 1) * POSTS_PER_PAGE,
      take: POSTS_PER_PAGE,
      select: {
        id: true,
        number: true,
        body: true,
        status: true,
        createdAt: true,
        editedAt: true,
        version: true,
        likeCount: true,
        author: { select: { id: true, name: true } },
        likes: { where: { userId: actor.userId }, select: { userId: true } },
        _count: { select: { revisions: true } },
      },
    }),
    topic.categoryId
      ? db.forumCategory.findUnique({
          where: { id: topic.categoryId },
          select: { id: true, name: true, slug: true, colour: true },
        })
      : null,
    topic.kind === "PRIVATE"
      ? db.forumTopicParticipant.findMany({
          where: { topicId: topic.id },
          select: { user: { select: { id: true, name: true } } },
          orderBy: { addedAt: "asc" },
        })
      : [],
    topic.acceptedPostId
      ? db.forumPost.findFirst({
          where: { AND: [{ id: topic.acceptedPostId }, forumPolicy.readablePostsWhere(actor)] },
          select: {
            id: true,
            number: true,
            body: true,
            author: { select: { id: true, name: true } },
          },
        })
      : null,
  ]);
  const canModerate =
    topic.kind === "DISCUSSION" && forumPolicy.canModerate(actor, topic.categoryId, moderations);
  return {
    topic,
    category,
    participants: participants.map((row) => person(row.user)),
    accepted: accepted ? { ...accepted, author: person(accepted.author) } : null,
    total,
    pageSize: POSTS_PER_PAGE,
    canModerate,
    canAccept: topic.kind === "DISCUSSION" && forumPolicy.canAcceptAnswer(actor, topic),
    posts: posts.map((post) => ({
      ...post,
      author: person(post.author),
      likedByMe: post.likes.length > 0,
      edited: post.editedAt !== null,
      canEdit: forumPolicy.canEditPost(
        actor,
        { authorId: post.author?.id ?? null, categoryId: topic.categoryId },
        moderations,
      ),
      canLike: post.author?.id !== actor.userId && post.status === "PUBLISHED",
    })),
  };
}
export type TopicPage = Awaited<ReturnType<typeof topicPage>>;

/** A post's revisions, newest first, for whoever reads the post. */
export async function postRevisions(db: DbTransaction, actor: Actor, postId: string) {
  const post = await findReadablePost(db, actor, postId);
  const revisions = await db.forumPostRevision.findMany({
    where: { postId: post.id },
    orderBy: { number: "desc" },
    select: {
      number: true,
      body: true,
      title: true,
      createdAt: true,
      editedBy: { select: { id: true, name: true } },
    },
  });
  return {
    post: { id: post.id, number: post.number, topicId: post.topicId, body: post.body },
    topic: { id: post.topic.id, title: post.topic.title },
    revisions: revisions.map((revision) => ({ ...revision, editedBy: person(revision.editedBy) })),
  };
}

/** The private messages the person takes part in, latest first. */
export async function privateMessages(db: DbTransaction, actor: Actor, page: number) {
  const where: Prisma.ForumTopicWhereInput = {
    kind: "PRIVATE",
    participants: { some: { userId: actor.userId } },
  };
  const [total, topics] = await Promise.all([
    db.forumTopic.count({ where }),
    db.forumTopic.findMany({
      where,
      orderBy: [{ lastPostAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * TOPICS_PER_PAGE,
      take: TOPICS_PER_PAGE,
      select: {
        id: true,
        title: true,
        postCount: true,
        lastPostAt: true,
        participants: { select: { user: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    pageSize: TOPICS_PER_PAGE,
    topics: topics.map((topic) => ({
      ...topic,
      participants: topic.participants
        .map((row) => row.user)
        .filter((user) => user.id !== actor.userId)
        .map((user) => user.name),
    })),
  };
}

/** Categories the person reads, by name, for the choice of where to move a topic. */
export async function readableCategoryChoices(db: DbTransaction, actor: Actor) {
  const categories = await db.forumCategory.findMany({
    where: forumPolicy.readableCategoriesWhere(actor),
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  return categories.map((category) => ({ value: category.id, label: category.name }));
}

/** Categories the person may start a topic in, for the new topic form. */
export async function writableCategories(db: DbTransaction, actor: Actor) {
  const categories = await db.forumCategory.findMany({
    where: forumPolicy.readableCategoriesWhere(actor),
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, whoMayStart: true },
  });
  return categories.filter((category) => forumPolicy.canStartTopic(actor, category));
}

/** Every category with its access, for leads managing them. */
export async function categoriesToManage(db: DbTransaction) {
  return db.forumCategory.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    include: {
      organisations: { select: { organisationId: true } },
      place: { select: { name: true } },
      _count: { select: { topics: true } },
    },
  });
}

/** The choices of the category form: places, and organisations that are not archived. */
export async function categoryFormChoices(db: DbTransaction) {
  const [places, organisations] = await Promise.all([
    db.place.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.organisation.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    places: places.map((place) => ({ value: place.id, label: place.name })),
    organisations: organisations.map((entry) => ({ value: entry.id, label: entry.name })),
  };
}
