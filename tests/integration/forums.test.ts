import { beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { acceptAnswer } from "@/lib/forums/accept";
import { createCategory, moveCategory } from "@/lib/forums/categories";
import { getDraft, saveDraft } from "@/lib/forums/drafts";
import { editPost } from "@/lib/forums/edit-post";
import { postForEditing } from "@/lib/forums/post-for-editing";
import { handleOf } from "@/lib/forums/handles";
import { likePost } from "@/lib/forums/likes";
import { moderateTopic, moveTopic, splitTopic } from "@/lib/forums/manage-topic";
import { sendPrivateMessage } from "@/lib/forums/messages";
import { previewPost } from "@/lib/forums/preview";
import { quoteMarkdown } from "@/lib/forums/quote";
import { forumsHome, postRevisions, topicPage } from "@/lib/forums/read";
import { recordCards } from "@/lib/forums/record-cards";
import { replyToTopic, startTopic } from "@/lib/forums/topics";

import { createOrganisation, createPlace, createUser, MONTHS_AGO } from "../support/factories";
import { createForumCategory, createForumTopic } from "../support/forum-factories";
import { createFramework } from "../support/maturity-factories";
import { asActor } from "../support/people-factories";

let prisma: DbClient;
let nurse: Actor;
let colleague: Actor;
let outsider: Actor;
let lead: Actor;
let open: { id: string };
let other: { id: string };
let restricted: { id: string };
let announcements: { id: string };
let organisationId: string;

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).not.toBeNull();
  return error as AppError | ZodError;
};
const messagesOf = (error: AppError | ZodError) =>
  error instanceof AppError
    ? [error.message, ...Object.values(error.fieldErrors ?? {}).flat()]
    : error.issues.map((issue) => issue.message);

beforeAll(async () => {
  prisma = await getPrisma();
  const place = await createPlace(prisma);
  const care = await createOrganisation(prisma, { placeId: place.id });
  const trust = await createOrganisation(prisma, { placeId: place.id });
  organisationId = care.id;
  nurse = asActor(
    await createUser(prisma, {
      name: "Nadia Forum-Nurse",
      memberships: [{ organisationId: care.id, role: "MEMBER" }],
      createdAt: MONTHS_AGO,
    }),
  );
  colleague = asActor(
    await createUser(prisma, {
      name: "Colin Colleague",
      memberships: [{ organisationId: care.id, role: "ORG_ADMIN" }],
      createdAt: MONTHS_AGO,
    }),
  );
  outsider = asActor(
    await createUser(prisma, {
      name: "Olive Outsider",
      memberships: [{ organisationId: trust.id, role: "MEMBER" }],
      createdAt: MONTHS_AGO,
    }),
  );
  lead = asActor(await createUser(prisma, { name: "Lena Lead", role: "PROGRAMME_LEAD" }));
  open = await createForumCategory(prisma);
  other = await createForumCategory(prisma);
  restricted = await createForumCategory(prisma, {
    restrictedTo: { organisationIds: [care.id] },
  });
  announcements = await createForumCategory(prisma, { whoMayStart: "LEADS_ONLY" });
});

const counts = async () => ({
  topics: await prisma.forumTopic.count(),
  posts: await prisma.forumPost.count(),
});

describe("topics and replies", () => {
  it("starts a topic, mentions a colleague and keeps the counts of published posts", async () => {
    const { topicId } = await startTopic(prisma, nurse, {
      categoryId: open.id,
      title: "Care home access to the shared care record",
      tags: "Care homes, shared care record",
      body: `How did you get access? @${handleOf(colleague.name)} may know.`,
    });
    const topic = await prisma.forumTopic.findUniqueOrThrow({
      where: { id: topicId },
      include: { posts: { include: { mentions: true } } },
    });
    expect(topic.tags).toEqual(["care-homes", "shared-care-record"]);
    expect(topic.postCount).toBe(1);
    expect(topic.posts[0]?.mentions.map((mention) => mention.userId)).toEqual([colleague.userId]);

    const reply = await replyToTopic(prisma, colleague, topicId, { body: "We asked the ICB." });
    expect(reply.number).toBe(2);
    const after = await prisma.forumTopic.findUniqueOrThrow({ where: { id: topicId } });
    expect(after.postCount).toBe(2);
    expect(after.lastPostAt.getTime()).toBeGreaterThanOrEqual(topic.lastPostAt.getTime());
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "ForumPost" } });
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["forum.topic_started", "forum.replied"]),
    );
  });

  it("quotes a post as a blockquote with its author and a link to it", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id, "First line\nSecond line");
    const quoted = topic.posts[0];
    if (!quoted) throw new Error("no opening post");
    const markdown = quoteMarkdown(
      { authorName: nurse.name, topicId: topic.id, number: 1 },
      "Second line",
    );
    expect(markdown).toBe(
      `> **${nurse.name}** [wrote](/forums/t/${topic.id}#post-1):\n> Second line\n\n`,
    );
    const reply = await replyToTopic(prisma, colleague, topic.id, {
      body: `${markdown}Agreed.`,
      replyToPostId: quoted.id,
    });
    const stored = await prisma.forumPost.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(stored.replyToPostId).toBe(quoted.id);
    const html = previewPost({ body: stored.body }).html;
    expect(html).toContain("<blockquote>");
    expect(html).toContain(`href="/forums/t/${topic.id}#post-1"`);
  });

  it("pages a long topic instead of showing every post", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    for (let reply = 0; reply < 22; reply += 1)
      await replyToTopic(prisma, colleague, topic.id, { body: `Reply ${reply}` });
    const first = await topicPage(prisma, nurse, topic.id, 1);
    const second = await topicPage(prisma, nurse, topic.id, 2);
    expect(first.total).toBe(23);
    expect(first.posts).toHaveLength(20);
    expect(second.posts.map((post) => post.number)).toEqual([21, 22, 23]);
  });
});

describe("bad input: a clear message and nothing changed", () => {
  it("refuses an empty post and a 1 MB post", async () => {
    const before = await counts();
    const empty = await refusal(
      startTopic(prisma, nurse, { categoryId: open.id, title: "An empty post", body: "   " }),
    );
    expect(messagesOf(empty)).toContain("Write your post");
    const huge = await refusal(
      startTopic(prisma, nurse, {
        categoryId: open.id,
        title: "A very long post",
        body: "x".repeat(1024 * 1024),
      }),
    );
    expect(messagesOf(huge).join(" ")).toMatch(/20,000 characters or fewer/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a mention of nobody, and of someone who cannot read the topic", async () => {
    const topic = await createForumTopic(prisma, nurse, restricted.id);
    const before = await counts();
    const nobody = await refusal(
      replyToTopic(prisma, nurse, topic.id, { body: "Over to @no.such.person" }),
    );
    expect(messagesOf(nobody)).toContain("There is no one called @no.such.person");
    const cannotRead = await refusal(
      replyToTopic(prisma, nurse, topic.id, { body: `@${handleOf(outsider.name)} any ideas?` }),
    );
    expect(messagesOf(cannotRead).join(" ")).toMatch(/cannot read this topic/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a reply to a closed topic", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    await moderateTopic(prisma, lead, { topicId: topic.id, change: "close" });
    const before = await counts();
    const closed = await refusal(replyToTopic(prisma, colleague, topic.id, { body: "Too late" }));
    expect(closed).toBeInstanceOf(AppError);
    expect((closed as AppError).message).toMatch(/closed/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a topic in a category one may not write to or read", async () => {
    const before = await counts();
    const leadsOnly = await refusal(
      startTopic(prisma, nurse, { categoryId: announcements.id, title: "Not mine", body: "Hi" }),
    );
    expect((leadsOnly as AppError).code).toBe("FORBIDDEN");
    const unreadable = await refusal(
      startTopic(prisma, outsider, { categoryId: restricted.id, title: "Let me in", body: "Hi" }),
    );
    expect((unreadable as AppError).code).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
    await startTopic(prisma, lead, {
      categoryId: announcements.id,
      title: "The coalition meets on Friday",
      body: "All welcome.",
    });
  });
});

describe("edits, likes and answers", () => {
  it("keeps revisions of an edited post, and refuses a stale edit or someone else's", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id, "Original words");
    const post = topic.posts[0];
    if (!post) throw new Error("no opening post");
    await editPost(prisma, nurse, post.id, {
      body: "Better words",
      title: "A clearer title for this",
      version: 1,
    });
    const stale = await refusal(editPost(prisma, nurse, post.id, { body: "Stale", version: 1 }));
    expect((stale as AppError).code).toBe("CONFLICT");
    const theirs = await refusal(
      editPost(prisma, colleague, post.id, { body: "Not my post", version: 2 }),
    );
    expect((theirs as AppError).code).toBe("FORBIDDEN");
    const { revisions } = await postRevisions(prisma, colleague, post.id);
    expect(revisions.map((revision) => [revision.number, revision.body])).toEqual([
      [2, "Better words"],
      [1, "Original words"],
    ]);
    const page = await topicPage(prisma, colleague, topic.id, 1);
    expect(page.topic.title).toBe("A clearer title for this");
    expect(page.posts[0]?.edited).toBe(true);
  });

  it("likes a post once per person, never one's own", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    const postId = topic.posts[0]?.id ?? "";
    await likePost(prisma, colleague, { postId, like: true });
    const again = await likePost(prisma, colleague, { postId, like: true });
    expect(again.likeCount).toBe(1);
    const own = await refusal(likePost(prisma, nurse, { postId, like: true }));
    expect((own as AppError).message).toMatch(/your own post/);
    const unliked = await likePost(prisma, colleague, { postId, like: false });
    expect(unliked.likeCount).toBe(0);
  });

  it("lets the asker or a lead accept an answer, and lists filter solved and unanswered", async () => {
    const topic = await createForumTopic(prisma, nurse, other.id);
    const reply = await replyToTopic(prisma, colleague, topic.id, { body: "Ask the ICB." });
    const notYours = await refusal(
      acceptAnswer(prisma, colleague, { topicId: topic.id, postId: reply.postId }),
    );
    expect((notYours as AppError).code).toBe("FORBIDDEN");
    const opening = await refusal(
      acceptAnswer(prisma, nurse, { topicId: topic.id, postId: topic.posts[0]?.id ?? "" }),
    );
    expect((opening as AppError).code).toBe("CONFLICT");
    await acceptAnswer(prisma, nurse, { topicId: topic.id, postId: reply.postId });
    const page = await topicPage(prisma, outsider, topic.id, 1);
    expect(page.accepted?.id).toBe(reply.postId);
    const solved = await forumsHome(prisma, nurse, { filter: "solved", page: 1 });
    const unanswered = await forumsHome(prisma, nurse, { filter: "unanswered", page: 1 });
    expect(solved.topics.map((row) => row.id)).toContain(topic.id);
    expect(unanswered.topics.map((row) => row.id)).not.toContain(topic.id);
  });
});

describe("moderating topics", () => {
  it("moves and splits topics for leads only, keeping counts right", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    const first = await replyToTopic(prisma, colleague, topic.id, { body: "On topic" });
    const second = await replyToTopic(prisma, colleague, topic.id, { body: "Off topic" });
    const denied = await refusal(
      moveTopic(prisma, nurse, { topicId: topic.id, categoryId: other.id, version: 1 }),
    );
    expect((denied as AppError).code).toBe("FORBIDDEN");
    await moveTopic(prisma, lead, { topicId: topic.id, categoryId: other.id, version: 1 });
    expect(
      (await prisma.forumTopic.findUniqueOrThrow({ where: { id: topic.id } })).categoryId,
    ).toBe(other.id);
    const { topicId: newId } = await splitTopic(prisma, lead, {
      topicId: topic.id,
      title: "The off-topic part",
      categoryId: open.id,
      postIds: [second.postId],
    });
    const [old, split] = await Promise.all([
      prisma.forumTopic.findUniqueOrThrow({ where: { id: topic.id } }),
      prisma.forumTopic.findUniqueOrThrow({ where: { id: newId }, include: { posts: true } }),
    ]);
    expect(old.postCount).toBe(2);
    expect(split.postCount).toBe(1);
    expect(split.posts.map((post) => [post.id, post.number])).toEqual([[second.postId, 1]]);
    expect(first.number).toBe(2);
  });
});

describe("private messages and drafts", () => {
  it("is read by its participants only, leads included", async () => {
    const { topicId } = await sendPrivateMessage(prisma, nurse, {
      to: `@${handleOf(colleague.name)}`,
      title: "A word about the audit",
      body: "Can we talk?",
    });
    expect((await topicPage(prisma, colleague, topicId, 1)).posts).toHaveLength(1);
    for (const reader of [lead, outsider]) {
      const error = await refusal(topicPage(prisma, reader, topicId, 1));
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    const nobody = await refusal(
      sendPrivateMessage(prisma, nurse, { to: "@nobody.here", title: "Hello there", body: "Hi" }),
    );
    expect(messagesOf(nobody)).toContain("There is no one called @nobody.here");
  });

  it("keeps a draft until it is posted", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    const key = `reply:${topic.id}`;
    await saveDraft(prisma, colleague, { key, body: "Half a thought" });
    expect((await getDraft(prisma, colleague, key))?.body).toBe("Half a thought");
    const unreadable = await createForumTopic(prisma, nurse, restricted.id);
    const refused = await refusal(
      saveDraft(prisma, outsider, { key: `reply:${unreadable.id}`, body: "Peek" }),
    );
    expect((refused as AppError).code).toBe("NOT_FOUND");
    await replyToTopic(prisma, colleague, topic.id, { body: "A whole thought" });
    expect(await getDraft(prisma, colleague, key)).toBeNull();
  });

  it("keeps the draft of an edit apart from the topic's reply draft, for the post's author only", async () => {
    const topic = await createForumTopic(prisma, nurse, open.id);
    const opening = topic.posts[0];
    const replyKey = `reply:${topic.id}`;
    const editKey = `edit:${opening!.id}`;
    await saveDraft(prisma, nurse, { key: replyKey, body: "A reply in progress" });
    await saveDraft(prisma, nurse, { key: editKey, body: "The opening post, rewritten" });

    const reopened = await postForEditing(prisma, nurse, opening!.id);
    expect(reopened).toMatchObject({ body: "The opening post, rewritten", draftRestored: true });
    expect((await getDraft(prisma, nurse, replyKey))?.body).toBe("A reply in progress");
    const refused = await refusal(saveDraft(prisma, colleague, { key: editKey, body: "Mine now" }));
    expect((refused as AppError).code).toBe("FORBIDDEN");

    await editPost(prisma, nurse, opening!.id, {
      body: "The opening post, rewritten",
      title: topic.title,
      version: reopened.version,
    });
    expect(await getDraft(prisma, nurse, editKey)).toBeNull();
    expect((await getDraft(prisma, nurse, replyKey))?.body).toBe("A reply in progress");
  });
});

describe("categories and record cards", () => {
  it("lets leads create and reorder categories, and nobody else", async () => {
    const input = {
      name: "Information governance",
      slug: "ig-leads",
      description: "For IG leads",
      colour: "#330072",
      whoMayStart: "EVERYONE",
      restricted: true,
      membershipRoles: ["IG_LEAD"],
    };
    const denied = await refusal(createCategory(prisma, nurse, input));
    expect((denied as AppError).code).toBe("FORBIDDEN");
    const created = await createCategory(prisma, lead, input);
    const duplicate = await refusal(createCategory(prisma, lead, input));
    expect(messagesOf(duplicate)).toContain(
      "Another category has this address name. Choose another",
    );
    await moveCategory(prisma, lead, { categoryId: created.id, direction: "up" });
    const home = await forumsHome(prisma, nurse, { filter: "all", page: 1 });
    expect(home.categories.map((category) => category.id)).not.toContain(created.id);
  });

  it("shows cards only for records the reader may read", async () => {
    const draftAgreementId = "00000000-0000-4000-8000-000000000001";
    const posts = [
      {
        id: "p",
        body: `See [us](/organisations/${organisationId}) and [this](/agreements/${draftAgreementId}).`,
      },
    ];
    const cards = await recordCards(prisma, nurse, posts);
    expect(cards.get("p")?.map((card) => card.href)).toEqual([`/organisations/${organisationId}`]);
  });

  it("shows a card for a link to a maturity dimension, and none for a dimension of another framework", async () => {
    const framework = await createFramework(prisma, { name: "Readiness to share" });
    const other = await createFramework(prisma);
    const dimension = framework.dimensions[1]!;
    const posts = [
      {
        id: "p",
        body: `Our weakest: [this](/maturity/frameworks/${framework.frameworkId}#dimension-${dimension.id}).`,
      },
      {
        id: "mismatched",
        body: `Not [this](/maturity/frameworks/${other.frameworkId}#dimension-${dimension.id}).`,
      },
    ];
    const cards = await recordCards(prisma, nurse, posts);
    expect(cards.get("p")).toEqual([
      {
        href: `/maturity/frameworks/${framework.frameworkId}?version=1#dimension-${dimension.id}`,
        kind: "Maturity dimension",
        title: "Dimension 2",
        detail: "Readiness to share, version 1",
      },
    ]);
    expect(cards.has("mismatched")).toBe(false);
  });
});
