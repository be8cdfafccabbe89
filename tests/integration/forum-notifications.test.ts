import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import {
  getForumDigestPreference,
  updateForumDigestPreference,
} from "@/lib/forums/digests/preference";
import { sendForumDigests } from "@/lib/forums/digests/send-digests";
import { announcePost, trackOnReply } from "@/lib/forums/publishing";
import { setWatchLevel } from "@/lib/forums/watching/set-watch-level";

import { createOrganisation, createUser } from "../support/factories";
import { addReply, createCategory, createTopic } from "../support/forum-moderation-factories";
import { asActor } from "../support/people-factories";

let prisma: DbClient;
let organisationId: string;
let category: { id: string };

async function member(
  overrides: { notificationEmail?: "IMMEDIATELY" | "NEVER"; organisationId?: string } = {},
): Promise<Actor> {
  const person = await createUser(prisma, {
    memberships: [{ organisationId: overrides.organisationId ?? organisationId, role: "MEMBER" }],
  });
  if (overrides.notificationEmail) {
    await prisma.user.update({
      where: { id: person.id },
      data: { notificationEmail: overrides.notificationEmail },
    });
  }
  return asActor(person);
}

const announce = (postId: string) => prisma.$transaction((tx) => announcePost(tx, { postId }));

const notificationsOf = (person: Actor) =>
  prisma.notification.findMany({
    where: { userId: person.userId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, href: true },
  });

const watch = (person: Actor, target: "category" | "topic", id: string, level: string) =>
  setWatchLevel(person, { target, id, level });

beforeAll(async () => {
  prisma = await getPrisma();
  organisationId = (await createOrganisation(prisma)).id;
  category = await createCategory(prisma);
});

describe("announcing a post", () => {
  it("tells the people it mentions, with a link to the post, but not its author nor the muted", async () => {
    const author = await member();
    const colleague = await member();
    const quiet = await member({ notificationEmail: "NEVER" });
    const muted = await member();
    const { topic } = await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
    });
    await watch(muted, "topic", topic.id, "MUTED");
    const post = await addReply(prisma, {
      topicId: topic.id,
      authorId: author.userId,
      mentions: [colleague.userId, quiet.userId, muted.userId, author.userId],
    });

    const { outboxMessageIds } = await announce(post.id);
    const href = `/forums/t/${topic.id}?post=2#post-2`;
    expect(await notificationsOf(colleague)).toEqual([{ kind: "forum.mention", href }]);
    expect(await notificationsOf(quiet)).toEqual([{ kind: "forum.mention", href }]);
    expect(await notificationsOf(muted)).toEqual([]);
    expect(await notificationsOf(author)).toEqual([]);
    // Email as each chose: the colleague immediately, the quiet one never.
    const emails = await prisma.outboxMessage.findMany({
      where: { id: { in: outboxMessageIds } },
      select: { toAddress: true, subject: true },
    });
    expect(emails.map((email) => email.toAddress)).toEqual([colleague.email]);
    expect(emails[0]?.subject).toBe(`${author.name} mentioned you in "${topic.title}"`);

    // Announcing again (a second approval, a retried job) tells nobody twice.
    expect((await announce(post.id)).outboxMessageIds).toEqual([]);
    expect(await notificationsOf(colleague)).toHaveLength(1);
  });

  it("never tells anyone who may not read the topic", async () => {
    const insiders = await createOrganisation(prisma);
    const restricted = await createCategory(prisma, {
      restricted: true,
      organisationIds: [insiders.id],
    });
    const author = await member({ organisationId: insiders.id });
    const insider = await member({ organisationId: insiders.id });
    const outsider = await member();
    const { topic } = await createTopic(prisma, {
      categoryId: restricted.id,
      authorId: author.userId,
    });
    // A watch left from before the category was restricted.
    await prisma.forumTopicWatch.create({
      data: { userId: outsider.userId, topicId: topic.id, level: "WATCHING" },
    });
    const post = await addReply(prisma, {
      topicId: topic.id,
      authorId: author.userId,
      mentions: [insider.userId, outsider.userId],
    });
    await announce(post.id);
    expect(await notificationsOf(insider)).toHaveLength(1);
    expect(await notificationsOf(outsider)).toEqual([]);
  });

  it("tells watchers of each post, trackers when replied to, category watchers of new topics", async () => {
    const author = await member();
    const watcher = await member();
    const tracker = await member();
    const normal = await member();
    const categoryWatcher = await member();
    const ownCategory = await createCategory(prisma);
    await watch(categoryWatcher, "category", ownCategory.id, "WATCHING");

    const { topic, opening } = await createTopic(prisma, {
      categoryId: ownCategory.id,
      authorId: author.userId,
    });
    await announce(opening.id);
    expect(await notificationsOf(categoryWatcher)).toEqual([
      { kind: "forum.new_topic", href: `/forums/t/${topic.id}?post=1#post-1` },
    ]);
    // Starting a topic watches it.
    expect(
      await prisma.forumTopicWatch.findUnique({
        where: { userId_topicId: { userId: author.userId, topicId: topic.id } },
        select: { level: true },
      }),
    ).toEqual({ level: "WATCHING" });

    await watch(watcher, "topic", topic.id, "WATCHING");
    await watch(normal, "topic", topic.id, "NORMAL");
    const trackersPost = await addReply(prisma, { topicId: topic.id, authorId: tracker.userId });
    await announce(trackersPost.id);
    // Replying tracked the topic for the tracker; the author, watching, heard of it.
    expect(
      await prisma.forumTopicWatch.findUnique({
        where: { userId_topicId: { userId: tracker.userId, topicId: topic.id } },
        select: { level: true },
      }),
    ).toEqual({ level: "TRACKING" });
    expect((await notificationsOf(author)).map((n) => n.kind)).toEqual(["forum.watched_post"]);

    const unrelated = await addReply(prisma, { topicId: topic.id, authorId: author.userId });
    await announce(unrelated.id);
    const direct = await addReply(prisma, {
      topicId: topic.id,
      authorId: author.userId,
      replyToPostId: trackersPost.id,
    });
    await announce(direct.id);

    expect((await notificationsOf(watcher)).map((n) => n.kind)).toEqual([
      "forum.watched_post",
      "forum.watched_post",
      "forum.watched_post",
    ]);
    // The tracker hears only of the reply to their post.
    expect(await notificationsOf(tracker)).toEqual([
      { kind: "forum.reply", href: `/forums/t/${topic.id}?post=4#post-4` },
    ]);
    expect(await notificationsOf(normal)).toEqual([]);
    // The category's watcher watches its topics too, unless they set the topic otherwise.
    expect(await notificationsOf(categoryWatcher)).toHaveLength(4);
  });

  it("keeps a level the person chose when they reply", async () => {
    const person = await member();
    const { topic } = await createTopic(prisma, {
      categoryId: category.id,
      authorId: person.userId,
    });
    await watch(person, "topic", topic.id, "MUTED");
    await prisma.$transaction((tx) => trackOnReply(tx, person.userId, topic.id));
    expect(
      await prisma.forumTopicWatch.findUnique({
        where: { userId_topicId: { userId: person.userId, topicId: topic.id } },
        select: { level: true },
      }),
    ).toEqual({ level: "MUTED" });
  });

  it("refuses a watch level on what the person may not read", async () => {
    const restricted = await createCategory(prisma, {
      restricted: true,
      organisationIds: [(await createOrganisation(prisma)).id],
    });
    const person = await member();
    await expect(watch(person, "category", restricted.id, "WATCHING")).rejects.toThrow(
      "That category was not found.",
    );
    await expect(watch(person, "category", category.id, "LOUD")).rejects.toThrow();
    expect(await prisma.forumCategoryWatch.count({ where: { userId: person.userId } })).toBe(0);
  });
});

describe("forum digests", () => {
  it("come weekly unless the person chooses otherwise, and the choice is audited", async () => {
    const person = await member();
    expect(await getForumDigestPreference(person)).toEqual({ forumDigest: "WEEKLY" });
    await updateForumDigestPreference(person, { forumDigest: "DAILY" });
    await updateForumDigestPreference(person, { forumDigest: "DAILY" });
    await expect(updateForumDigestPreference(person, { forumDigest: "HOURLY" })).rejects.toThrow(
      "Choose how often to get the forum digest",
    );
    expect(await getForumDigestPreference(person)).toEqual({ forumDigest: "DAILY" });
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: person.userId },
        select: { action: true, after: true },
      }),
    ).toEqual([{ action: "user.forum_digest_changed", after: { forumDigest: "DAILY" } }]);
  });

  // A Monday at 07:00 UK time (GMT), far ahead so that only this file's posts fall in the week.
  const monday = new Date("2031-01-06T07:00:00Z");
  const daysBefore = (days: number) => new Date(monday.getTime() - days * 24 * 60 * 60 * 1000);

  const digestsTo = (person: Actor) =>
    prisma.outboxMessage.findMany({
      where: { toAddress: person.email, subject: { contains: "forum digest" } },
      select: { subject: true, body: true },
    });

  it("lists new topics and popular posts the reader may read, leaving out what they muted", async () => {
    const insiders = await createOrganisation(prisma);
    const restricted = await createCategory(prisma, {
      restricted: true,
      organisationIds: [insiders.id],
    });
    const mutedCategory = await createCategory(prisma);
    const author = await member({ organisationId: insiders.id });
    const open = await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
      title: "Care home access to the shared care record",
      createdAt: daysBefore(2),
    });
    await addReply(prisma, {
      topicId: open.topic.id,
      authorId: author.userId,
      body: "We used role-based access cards for the nurses.",
      likeCount: 4,
      createdAt: daysBefore(1),
    });
    await createTopic(prisma, {
      categoryId: restricted.id,
      authorId: author.userId,
      title: "Restricted: the insiders' contract",
      createdAt: daysBefore(2),
    });
    await createTopic(prisma, {
      categoryId: mutedCategory.id,
      authorId: author.userId,
      title: "Muted: car parking",
      createdAt: daysBefore(2),
    });
    await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
      title: "Waiting: my first post",
      createdAt: daysBefore(2),
      status: "AWAITING_REVIEW",
    });
    await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
      title: "Old: last month's question",
      createdAt: daysBefore(20),
    });

    const reader = await member();
    await watch(reader, "category", mutedCategory.id, "MUTED");
    const insider = await member({ organisationId: insiders.id });
    const daily = await member();
    await prisma.user.update({ where: { id: daily.userId }, data: { forumDigest: "DAILY" } });
    const never = await member();
    await prisma.user.update({ where: { id: never.userId }, data: { forumDigest: "NEVER" } });

    await sendForumDigests(prisma, monday);

    const [digest] = await digestsTo(reader);
    expect(digest?.subject).toBe("Your weekly forum digest: 1 new topic, 1 popular post");
    expect(digest?.body).toContain('"Care home access to the shared care record"');
    expect(digest?.body).toContain("We used role-based access cards for the nurses.");
    expect(digest?.body).toContain(`/forums/t/${open.topic.id}?post=2#post-2`);
    for (const unseen of ["Restricted", "Muted", "Waiting", "Old"]) {
      expect(digest?.body).not.toContain(unseen);
    }
    const [insiders_] = await digestsTo(insider);
    expect(insiders_?.body).toContain("Restricted: the insiders' contract");
    // The daily digest covers only the last day: the popular reply, not the topics.
    const [dailyDigest] = await digestsTo(daily);
    expect(dailyDigest?.subject).toBe("Your daily forum digest: 0 new topics, 1 popular post");
    expect(await digestsTo(never)).toEqual([]);
  });

  it("sends no empty digest, and never twice, even with two schedulers at once", async () => {
    const reader = await member();
    const author = await member();
    await prisma.user.update({ where: { id: reader.userId }, data: { forumDigest: "DAILY" } });
    const tuesday = new Date(monday.getTime() + 24 * 60 * 60 * 1000);
    // Nothing new in the day before Tuesday's run but what other tests made a week earlier.
    const quietDay = new Date(tuesday.getTime() + 7 * 24 * 60 * 60 * 1000);
    await sendForumDigests(prisma, quietDay);
    expect(await digestsTo(reader)).toEqual([]);
    expect(await prisma.forumDigest.count({ where: { userId: reader.userId } })).toBe(0);

    await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
      title: "Discharge summaries to GP practices",
      createdAt: new Date(tuesday.getTime() - 60 * 60 * 1000),
    });
    await Promise.all([sendForumDigests(prisma, tuesday), sendForumDigests(prisma, tuesday)]);
    await sendForumDigests(prisma, new Date(tuesday.getTime() + 60 * 60 * 1000));
    expect(await digestsTo(reader)).toHaveLength(1);
    expect(
      await prisma.forumDigest.findMany({
        where: { userId: reader.userId },
        select: { period: true, postCount: true },
      }),
    ).toEqual([{ period: "daily:2031-01-07", postCount: 1 }]);
  });
});
