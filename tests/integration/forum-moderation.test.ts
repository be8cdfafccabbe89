import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { rateLimiter } from "@/lib/auth/rate-limiter";
import { getPrisma } from "@/lib/db/client";
import { seedDemoForumModeration } from "@/lib/db/seed/demo-forum-moderation";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { FORUM_LIMITS } from "@/lib/forums/moderation/admission";
import { flagPost } from "@/lib/forums/moderation/flag-post";
import {
  grantModerator,
  listModerators,
  revokeModerator,
} from "@/lib/forums/moderation/moderators";
import { listReviewQueue } from "@/lib/forums/moderation/review-queue";
import { reviewPost, warnAuthor } from "@/lib/forums/moderation/review-post";
import { admitPost } from "@/lib/forums/publishing";

import { createOrganisation, createUser } from "../support/factories";
import { addReply, createCategory, createTopic } from "../support/forum-moderation-factories";
import { asActor } from "../support/people-factories";

let prisma: DbClient;
let organisationId: string;
let category: { id: string };
let otherCategory: { id: string };
let lead: Actor;

const DAY_MS = 24 * 60 * 60 * 1000;

async function member(): Promise<Actor> {
  return asActor(await createUser(prisma, { memberships: [{ organisationId, role: "MEMBER" }] }));
}

/** A person whose account is two days old and who has two published posts. */
async function established(): Promise<Actor> {
  const person = await member();
  await prisma.user.update({
    where: { id: person.userId },
    data: { createdAt: new Date(Date.now() - 2 * DAY_MS) },
  });
  const { topic } = await createTopic(prisma, { categoryId: category.id, authorId: person.userId });
  await addReply(prisma, { topicId: topic.id, authorId: person.userId });
  return person;
}

const admit = (actor: Actor, kind: "topic" | "reply" | "message", categoryId: string | null) =>
  prisma.$transaction((tx) => admitPost(tx, { actor, categoryId, kind }));

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

/** The audit trail's actions about a record, in name order (one transaction's rows share a time). */
const auditActions = async (entityId: string) =>
  (await prisma.auditEvent.findMany({ where: { entityId }, select: { action: true } }))
    .map((event) => event.action)
    .sort();

beforeAll(async () => {
  prisma = await getPrisma();
  organisationId = (await createOrganisation(prisma)).id;
  category = await createCategory(prisma);
  otherCategory = await createCategory(prisma);
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
});

describe("admitting a new post", () => {
  it("holds a new account's first posts for review, but never a lead's or a moderator's", async () => {
    const newcomer = await member();
    expect(await admit(newcomer, "topic", category.id)).toEqual({ status: "AWAITING_REVIEW" });
    expect(await admit(lead, "topic", category.id)).toEqual({ status: "PUBLISHED" });

    const moderator = await member();
    await prisma.forumModerator.create({
      data: { userId: moderator.userId, categoryId: category.id },
    });
    expect(await admit(moderator, "reply", category.id)).toEqual({ status: "PUBLISHED" });

    expect(await admit(await established(), "reply", category.id)).toEqual({
      status: "PUBLISHED",
    });
    // Private messages never wait: no moderator may read them.
    expect(await admit(await member(), "message", null)).toEqual({ status: "PUBLISHED" });
  });

  it("keeps new accounts 30 seconds apart, saying when they may post again", async () => {
    const newcomer = await member();
    await admit(newcomer, "reply", category.id);
    const error = await refusal(admit(newcomer, "reply", category.id));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(
      /^New accounts wait 30 seconds between posts\. You can post again in \d+ seconds?\.$/,
    );
  });

  it("lets a new account start 3 topics and post 10 replies a day", async () => {
    const newcomer = await member();
    // Earlier posts that day, as the limiter counted them.
    await (await rateLimiter(FORUM_LIMITS.newAccountTopics)).consume(newcomer.userId, 3);
    const error = await refusal(admit(newcomer, "topic", category.id));
    expect(error.message).toMatch(
      /^New accounts start at most 3 topics a day\. You can post again/,
    );
    // The refused topic used up nothing: a reply is still allowed.
    expect(await admit(newcomer, "reply", category.id)).toEqual({ status: "AWAITING_REVIEW" });

    const replier = await member();
    await (await rateLimiter(FORUM_LIMITS.newAccountReplies)).consume(replier.userId, 10);
    expect((await refusal(admit(replier, "reply", category.id))).message).toMatch(
      /^New accounts post at most 10 replies a day\./,
    );
  });

  it("holds everyone, leads included, to 30 posts an hour", async () => {
    const regular = await established();
    await (await rateLimiter(FORUM_LIMITS.everyoneHourly)).consume(regular.userId, 29);
    expect(await admit(regular, "reply", category.id)).toEqual({ status: "PUBLISHED" });
    // No pause for established people: the next one is refused only by the hourly ceiling.
    const error = await refusal(admit(regular, "reply", category.id));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(
      /^Everyone posts at most 30 times an hour\. You can post again (at \d\d:\d\d \(UK time\)|in \d+ seconds?)\.$/,
    );

    const busyLead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
    await (await rateLimiter(FORUM_LIMITS.everyoneHourly)).consume(busyLead.userId, 30);
    expect((await refusal(admit(busyLead, "topic", category.id))).code).toBe("RATE_LIMITED");
  });
});

describe("flags", () => {
  it("hide a post once three different people flag it, each once, never their own", async () => {
    const author = await member();
    const { topic } = await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
    });
    const post = await addReply(prisma, { topicId: topic.id, authorId: author.userId });
    const [first, second, third] = [await member(), await member(), await member()];
    if (!first || !second || !third) throw new Error("people missing");

    const own = await refusal(flagPost(author, { postId: post.id, reason: "SPAM" }));
    expect(own.code).toBe("FORBIDDEN");

    expect(
      await flagPost(first, { postId: post.id, reason: "OFF_TOPIC", note: "Not here" }),
    ).toEqual({ hidden: false });
    const twice = await refusal(flagPost(first, { postId: post.id, reason: "SPAM" }));
    expect(twice.code).toBe("CONFLICT");
    expect(await flagPost(second, { postId: post.id, reason: "SPAM" })).toEqual({ hidden: false });
    expect((await prisma.forumPost.findUniqueOrThrow({ where: { id: post.id } })).status).toBe(
      "PUBLISHED",
    );

    expect(await flagPost(third, { postId: post.id, reason: "CONFIDENTIAL_INFORMATION" })).toEqual({
      hidden: true,
    });
    expect((await prisma.forumPost.findUniqueOrThrow({ where: { id: post.id } })).status).toBe(
      "HIDDEN",
    );
    expect((await prisma.forumTopic.findUniqueOrThrow({ where: { id: topic.id } })).postCount).toBe(
      1,
    );
    expect(await auditActions(post.id)).toEqual(
      [
        "forum.post_flagged",
        "forum.post_flagged",
        "forum.post_flagged",
        "forum.post_hidden_by_flags",
      ].sort(),
    );
    // A hidden post can no longer be flagged.
    const late = await refusal(flagPost(await member(), { postId: post.id, reason: "SPAM" }));
    expect(late.code).toBe("NOT_FOUND");
  });

  it("are refused, changing nothing, on a post the person may not read or with bad input", async () => {
    const outsiderOrganisation = await createOrganisation(prisma);
    const restricted = await createCategory(prisma, {
      restricted: true,
      organisationIds: [outsiderOrganisation.id],
    });
    const { opening } = await createTopic(prisma, {
      categoryId: restricted.id,
      authorId: lead.userId,
    });
    const flagger = await member();
    expect((await refusal(flagPost(flagger, { postId: opening.id, reason: "SPAM" }))).code).toBe(
      "NOT_FOUND",
    );
    await expect(flagPost(flagger, { postId: opening.id, reason: "RUDE" })).rejects.toThrow();
    await expect(flagPost(flagger, { postId: "not-an-id", reason: "SPAM" })).rejects.toThrow();
    expect(await prisma.forumFlag.count({ where: { postId: opening.id } })).toBe(0);
  });
});

describe("the review queue", () => {
  it("is for leads and the category's moderators only", async () => {
    const author = await member();
    const waiting = await createTopic(prisma, {
      categoryId: category.id,
      authorId: author.userId,
      status: "AWAITING_REVIEW",
    });
    const elsewhere = await createTopic(prisma, {
      categoryId: otherCategory.id,
      authorId: author.userId,
      status: "AWAITING_REVIEW",
    });

    expect((await refusal(listReviewQueue(await member()))).code).toBe("FORBIDDEN");

    const moderator = await member();
    await prisma.forumModerator.create({
      data: { userId: moderator.userId, categoryId: category.id },
    });
    const theirs = (await listReviewQueue(moderator)).posts.map((post) => post.id);
    expect(theirs).toContain(waiting.opening.id);
    expect(theirs).not.toContain(elsewhere.opening.id);
    const notTheirs = await refusal(
      reviewPost(moderator, { postId: elsewhere.opening.id, decision: "APPROVE" }),
    );
    expect(notTheirs.code).toBe("NOT_FOUND");

    const everything = (await listReviewQueue(lead)).posts.map((post) => post.id);
    expect(everything).toEqual(expect.arrayContaining([waiting.opening.id, elsewhere.opening.id]));
  });

  it("approves a waiting post: it is published, counted and announced", async () => {
    const author = await member();
    const mentioned = await member();
    const { topic } = await createTopic(prisma, { categoryId: category.id, authorId: lead.userId });
    const post = await addReply(prisma, {
      topicId: topic.id,
      authorId: author.userId,
      status: "AWAITING_REVIEW",
      mentions: [mentioned.userId],
    });
    expect(await prisma.notification.count({ where: { userId: mentioned.userId } })).toBe(0);

    expect(await reviewPost(lead, { postId: post.id, decision: "APPROVE" })).toEqual({
      status: "PUBLISHED",
    });
    const after = await prisma.forumTopic.findUniqueOrThrow({ where: { id: topic.id } });
    expect(after.postCount).toBe(2);
    expect(
      await prisma.notification.findMany({
        where: { userId: mentioned.userId },
        select: { kind: true, href: true },
      }),
    ).toEqual([{ kind: "forum.mention", href: `/forums/t/${topic.id}?post=2#post-2` }]);
    expect((await listReviewQueue(lead)).posts.map((queued) => queued.id)).not.toContain(post.id);
    expect(await auditActions(post.id)).toEqual(["forum.post_approved"].sort());
  });

  it("hides and deletes flagged posts, resolving their flags, and warns authors", async () => {
    const author = await member();
    const { topic } = await createTopic(prisma, { categoryId: category.id, authorId: lead.userId });
    const hideMe = await addReply(prisma, { topicId: topic.id, authorId: author.userId });
    const deleteMe = await addReply(prisma, { topicId: topic.id, authorId: author.userId });
    const flagger = await member();
    await flagPost(flagger, { postId: hideMe.id, reason: "INAPPROPRIATE" });
    await flagPost(flagger, { postId: deleteMe.id, reason: "SPAM" });
    const queued = (await listReviewQueue(lead)).posts.find((post) => post.id === hideMe.id);
    expect(queued?.flags.map((flag) => flag.reason)).toEqual(["INAPPROPRIATE"]);

    await reviewPost(lead, { postId: hideMe.id, decision: "HIDE" });
    await reviewPost(lead, { postId: deleteMe.id, decision: "DELETE" });
    const posts = await prisma.forumPost.findMany({
      where: { id: { in: [hideMe.id, deleteMe.id] } },
      select: { id: true, status: true, flags: { select: { resolution: true } } },
    });
    expect(posts.find((post) => post.id === hideMe.id)).toMatchObject({
      status: "HIDDEN",
      flags: [{ resolution: "HIDDEN" }],
    });
    expect(posts.find((post) => post.id === deleteMe.id)).toMatchObject({
      status: "DELETED",
      flags: [{ resolution: "DELETED" }],
    });
    expect((await prisma.forumTopic.findUniqueOrThrow({ where: { id: topic.id } })).postCount).toBe(
      1,
    );
    expect((await refusal(reviewPost(lead, { postId: deleteMe.id, decision: "HIDE" }))).code).toBe(
      "CONFLICT",
    );

    await warnAuthor(lead, { postId: hideMe.id, message: "Please keep to the topic." });
    expect(
      await prisma.notification.findMany({
        where: { userId: author.userId, kind: "forum.warning" },
        select: { body: true, href: true },
      }),
    ).toEqual([{ body: "Please keep to the topic.", href: `/forums/t/${topic.id}?post=2#post-2` }]);
    expect(await auditActions(hideMe.id)).toEqual(
      ["forum.post_flagged", "forum.post_hidden", "forum.author_warned"].sort(),
    );
    expect(await auditActions(deleteMe.id)).toEqual(
      ["forum.post_flagged", "forum.post_deleted"].sort(),
    );

    await expect(warnAuthor(lead, { postId: hideMe.id, message: "   " })).rejects.toThrow(
      "Write the message to the author",
    );
  });
});

describe("moderators", () => {
  it("are named and removed by leads only, with one global role per person", async () => {
    const person = asActor(await createUser(prisma));
    const nonLead = await member();
    expect(
      (await refusal(grantModerator(nonLead, { email: person.email, categoryId: "" }))).code,
    ).toBe("FORBIDDEN");
    expect((await refusal(listModerators(nonLead))).code).toBe("FORBIDDEN");

    // Two leads naming the same person everywhere at once: one role results.
    const results = await Promise.allSettled([
      grantModerator(lead, { email: person.email, categoryId: "" }),
      grantModerator(lead, { email: person.email.toUpperCase(), categoryId: "" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.forumModerator.count({ where: { userId: person.userId } })).toBe(1);
    // Moderating everywhere already covers each category.
    expect(
      (await refusal(grantModerator(lead, { email: person.email, categoryId: category.id }))).code,
    ).toBe("CONFLICT");

    const unknown = await refusal(
      grantModerator(lead, { email: "nobody@example.invalid", categoryId: "" }),
    );
    expect(unknown.fieldErrors?.email).toEqual([
      "No one with an active account has that email address",
    ]);

    const [global] = (await listModerators(lead)).moderators.filter(
      (moderator) => moderator.user.id === person.userId,
    );
    if (!global) throw new Error("No moderator listed");
    expect(global.category).toBeNull();
    expect((await refusal(revokeModerator(nonLead, { moderatorId: global.id }))).code).toBe(
      "FORBIDDEN",
    );
    await revokeModerator(lead, { moderatorId: global.id });
    const { moderatorId } = await grantModerator(lead, {
      email: person.email,
      categoryId: category.id,
    });
    expect(await auditActions(person.userId)).toEqual(
      ["forum.moderator_added", "forum.moderator_removed", "forum.moderator_added"].sort(),
    );
    expect(
      await prisma.forumModerator.findUniqueOrThrow({ where: { id: moderatorId } }),
    ).toMatchObject({ categoryId: category.id, grantedById: lead.userId });
  });
});

describe("the demo's moderation", () => {
  it("does nothing without forum posts, and fills the queue once they exist", async () => {
    // A database of its own for the demo accounts' fixed emails: a fresh transaction, rolled back.
    const rolledBack = new Error("roll back");
    const outcome = await prisma
      .$transaction(async (tx) => {
        await tx.forumFlag.deleteMany({});
        await tx.forumModerator.deleteMany({});
        await tx.forumPost.deleteMany({});
        await tx.forumTopic.deleteMany({});
        await seedDemoForumModeration(tx);
        const none = await tx.forumFlag.count();

        const emails = [
          "nurse@larchwood.example",
          "manager@larchwood.example",
          "practice.manager@moorside.example",
          "ig@elmshire-royal.example",
          "ig@larchwood.example",
          "dpo@moorside.example",
        ];
        for (const email of emails) await tx.user.create({ data: { email, name: email } });
        const author = await tx.user.create({ data: { email: "author@example.org", name: "A" } });
        const topic = await tx.forumTopic.create({
          data: { categoryId: category.id, title: "Demo", authorId: author.id, postCount: 10 },
        });
        await tx.forumPost.createMany({
          data: Array.from({ length: 10 }, (_, index) => ({
            topicId: topic.id,
            number: index + 1,
            authorId: author.id,
            body: `Post ${index + 1}`,
          })),
        });
        await seedDemoForumModeration(tx);
        const statuses = await tx.forumPost.groupBy({
          by: ["status"],
          _count: { _all: true },
          orderBy: { status: "asc" },
        });
        const flagged = await tx.forumPost.count({ where: { flags: { some: {} } } });
        const moderators = await tx.forumModerator.count();
        throw Object.assign(rolledBack, { result: { none, statuses, flagged, moderators } });
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
        return (error as Error & { result: unknown }).result;
      });
    expect(outcome).toEqual({
      none: 0,
      statuses: [
        { status: "PUBLISHED", _count: { _all: 9 } },
        { status: "AWAITING_REVIEW", _count: { _all: 1 } },
        { status: "HIDDEN", _count: { _all: 1 } },
      ],
      flagged: 3,
      moderators: 1,
    });
  });
});
