import "server-only";

import type { DbTransaction } from "@/lib/db/types";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";

import { followUnlessSet, topicWatchers, trackOnReply } from "./levels";
import { postHref } from "./post-link";
import { actorsOf, readersOfTopic } from "./readers";

// Who hears of a post once it is public, in the app and by email as each person chose:
// - the people it mentions;
// - the author of the post it replies to, when they track (or watch) the topic;
// - the people watching the topic, or its category (who hear of each new topic as well);
// - for a private message, its participants, who watch it unless they chose otherwise.
// Never its author, never anyone who muted the topic or its category, and never anyone the forum
// policy does not let read the topic. Each person hears of a post once: the notification's dedupe
// key is the post's, whichever reason came first (a mention before a reply before watching).
// Starting a topic watches it and replying tracks it, unless the author chose a level already.

const EXCERPT_LENGTH = 280;
const shorten = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;

/** The start of a post, on one line, for a notification or an email. */
export const excerptOf = (body: string) =>
  shorten(body.replace(/\s+/g, " ").trim(), EXCERPT_LENGTH) || "Open the post to read it.";

type Audience = "mention" | "reply" | "watching" | "newTopic" | "message";

export async function announcePublishedPost(
  db: DbTransaction,
  postId: string,
): Promise<{ outboxMessageIds: string[] }> {
  const post = await db.forumPost.findUnique({
    where: { id: postId },
    select: {
      id: true,
      number: true,
      status: true,
      body: true,
      authorId: true,
      replyToPostId: true,
      author: { select: { name: true } },
      topic: {
        select: {
          id: true,
          kind: true,
          title: true,
          categoryId: true,
          category: { select: { name: true } },
        },
      },
    },
  });
  if (!post || post.status !== "PUBLISHED") return { outboxMessageIds: [] };
  const { topic } = post;

  if (post.authorId) {
    if (post.number === 1) await followUnlessSet(db, post.authorId, topic.id, "WATCHING");
    else await trackOnReply(db, post.authorId, topic.id);
  }

  const [mentions, repliedTo, watchers, participants] = await Promise.all([
    db.forumMention.findMany({ where: { postId: post.id }, select: { userId: true } }),
    post.replyToPostId
      ? db.forumPost.findUnique({ where: { id: post.replyToPostId }, select: { authorId: true } })
      : Promise.resolve(null),
    topicWatchers(db, topic),
    topic.kind === "PRIVATE"
      ? db.forumTopicParticipant.findMany({
          where: { topicId: topic.id },
          select: { userId: true },
        })
      : Promise.resolve([]),
  ]);
  const inMessage = new Set(participants.map((participant) => participant.userId));
  const levelOf = (userId: string): WatchLevel =>
    watchers.levels.get(userId) ?? (inMessage.has(userId) ? "WATCHING" : "NORMAL");

  // Each person once, for the first reason that applies to them.
  const audiences = new Map<string, Audience>();
  const add = (userId: string | null | undefined, audience: Audience) => {
    if (!userId || userId === post.authorId || audiences.has(userId)) return;
    if (levelOf(userId) === "MUTED") return;
    audiences.set(userId, audience);
  };
  for (const mention of mentions) add(mention.userId, "mention");
  if (repliedTo?.authorId && ["TRACKING", "WATCHING"].includes(levelOf(repliedTo.authorId))) {
    add(repliedTo.authorId, "reply");
  }
  const watching = [...new Set([...watchers.levels.keys(), ...inMessage])].filter(
    (userId) => levelOf(userId) === "WATCHING",
  );
  for (const userId of watching) {
    const audience: Audience =
      topic.kind === "PRIVATE"
        ? "message"
        : post.number === 1 && watchers.fromCategory.has(userId)
          ? "newTopic"
          : "watching";
    add(userId, audience);
  }
  if (audiences.size === 0) return { outboxMessageIds: [] };

  const readers = await readersOfTopic(db, topic, await actorsOf(db, [...audiences.keys()]));
  const author = post.author?.name ?? "Someone";
  const title = `"${shorten(topic.title, 120)}"`;
  const titles: Record<Audience, string> = {
    mention: `${author} mentioned you in ${title}`,
    reply: `${author} replied to your post in ${title}`,
    watching: `${author} posted in ${title}`,
    newTopic: `New topic in ${shorten(topic.category?.name ?? "the forums", 60)}: ${title}`,
    message: `${author} sent you a message in ${title}`,
  };
  const kinds: Record<Audience, string> = {
    mention: "forum.mention",
    reply: "forum.reply",
    watching: "forum.watched_post",
    newTopic: "forum.new_topic",
    message: "forum.message",
  };

  const outboxMessageIds: string[] = [];
  for (const audience of Object.keys(titles) as Audience[]) {
    const userIds = [...audiences]
      .filter(([userId, its]) => its === audience && readers.has(userId))
      .map(([userId]) => userId);
    if (userIds.length === 0) continue;
    const sent = await notify(db, {
      userIds,
      kind: kinds[audience],
      title: titles[audience],
      body: excerptOf(post.body),
      href: postHref(topic.id, post.number),
      dedupeKey: `forum-post:${post.id}`,
      email: true,
    });
    outboxMessageIds.push(...sent.outboxMessageIds);
  }
  return { outboxMessageIds };
}
