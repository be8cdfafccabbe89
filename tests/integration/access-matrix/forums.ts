import {
  acceptAnswerAction,
  archiveCategoryAction,
  editPostAction,
  likePostAction,
  moderateTopicAction,
  moveCategoryAction,
  moveTopicAction,
  previewAction,
  replyAction,
  saveCategoryAction,
  saveDraftAction,
  sendMessageAction,
  splitTopicAction,
  startTopicAction,
} from "@/app/forums/actions";
import { getPrisma } from "@/lib/db/client";
import { handleOf } from "@/lib/forums/handles";
import { sendPrivateMessage } from "@/lib/forums/messages";
import { replyToTopic } from "@/lib/forums/topics";

import { createForumCategory, createForumTopic } from "../../support/forum-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const everyone = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");
const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
/** Restricted to organisation A: its people and the leads. */
const organisationA = expect6("sign-in", "allowed", "allowed", "denied", "allowed", "allowed");

/** An open category with a topic by the member of A and a reply by A's admin. */
async function openTopic(world: World) {
  const prisma = await getPrisma();
  const category = await createForumCategory(prisma);
  const other = await createForumCategory(prisma);
  const topic = await createForumTopic(prisma, world.actors.memberOfA, category.id);
  const reply = await replyToTopic(prisma, world.actors.adminOfA, topic.id, {
    body: "We asked the ICB first.",
  });
  const opening = topic.posts[0];
  if (!opening) throw new Error("The topic has no opening post");
  return { category, other, topic, opening, reply };
}

/** A category restricted to organisation A, with a topic by A's member. */
async function restrictedTopic(world: World) {
  const prisma = await getPrisma();
  const category = await createForumCategory(prisma, {
    restrictedTo: { organisationIds: [world.organisationA.id] },
  });
  const topic = await createForumTopic(prisma, world.actors.memberOfA, category.id);
  return { category, topic };
}

/**
 * A person's @handle. Other rows rename the people of the world (their account details), so each
 * is given back a name of their own first: a handle shared by two people is refused.
 */
async function handleFor(world: World, role: "memberOfA" | "adminOfB"): Promise<string> {
  const prisma = await getPrisma();
  const name = `Matrix ${role} ${world.actors[role].userId.slice(0, 8)}`;
  await prisma.user.update({ where: { id: world.actors[role].userId }, data: { name } });
  return `@${handleOf(name)}`;
}

/** A private message between the member of A and the admin of B. */
async function privateMessage(world: World) {
  const prisma = await getPrisma();
  return sendPrivateMessage(prisma, world.actors.memberOfA, {
    to: await handleFor(world, "adminOfB"),
    title: "Just between us",
    body: "Can we talk about the pilot?",
  });
}

const categoryInput = (key: string) => ({
  name: `Matrix category ${key}`,
  slug: `matrix-${key}`,
  description: "For the access matrix",
  colour: "#005eb8",
  whoMayStart: "EVERYONE",
});

export const forumRows = [
  row({
    handler: "app/forums/actions.ts#startTopicAction",
    attempt: "start a topic in an open category",
    expected: everyone,
    prepare: async () => createForumCategory(await getPrisma()),
    run: (_world, category) =>
      startTopicAction({ categoryId: category.id, title: "A matrix question", body: "Hello" }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#startTopicAction",
    attempt: "start a topic in a leads-only category",
    expected: leadsOnly,
    prepare: async () => createForumCategory(await getPrisma(), { whoMayStart: "LEADS_ONLY" }),
    run: (_world, category) =>
      startTopicAction({ categoryId: category.id, title: "An announcement", body: "Hello" }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#startTopicAction",
    attempt: "start a topic in a category restricted to A",
    expected: organisationA,
    prepare: restrictedTopic,
    run: (_world, { category }) =>
      startTopicAction({ categoryId: category.id, title: "A question for A", body: "Hello" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/actions.ts#replyAction",
    attempt: "reply by id to a topic in a category restricted to A",
    expected: organisationA,
    prepare: restrictedTopic,
    run: (_world, { topic }) => replyAction(topic.id, { body: "A reply" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/actions.ts#replyAction",
    attempt: "reply by id to a private message between A's member and B's admin",
    expected: expect6("sign-in", "allowed", "denied", "allowed", "denied", "denied"),
    prepare: privateMessage,
    run: (_world, { topicId }) => replyAction(topicId, { body: "A reply" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/actions.ts#saveDraftAction",
    attempt: "read by id, for a draft, a private message between A's member and B's admin",
    expected: expect6("sign-in", "allowed", "denied", "allowed", "denied", "denied"),
    prepare: privateMessage,
    run: (_world, { topicId }) => saveDraftAction({ key: `reply:${topicId}`, body: "Draft" }),
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/actions.ts#editPostAction",
    attempt: "edit the member of A's post",
    expected: expect6("sign-in", "allowed", "denied", "denied", "allowed", "allowed"),
    prepare: openTopic,
    run: (_world, { opening }) => editPostAction(opening.id, { body: "Changed", version: 1 }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#likePostAction",
    attempt: "like the member of A's post",
    expected: expect6("sign-in", "denied", "allowed", "allowed", "allowed", "allowed"),
    prepare: openTopic,
    run: (_world, { opening }) => likePostAction({ postId: opening.id, like: true }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/actions.ts#acceptAnswerAction",
    attempt: "accept an answer on the member of A's topic",
    expected: expect6("sign-in", "allowed", "denied", "denied", "allowed", "allowed"),
    prepare: openTopic,
    run: (_world, { topic, reply }) =>
      acceptAnswerAction({ topicId: topic.id, postId: reply.postId }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#moderateTopicAction",
    attempt: "pin a topic",
    expected: leadsOnly,
    prepare: openTopic,
    run: (_world, { topic }) => moderateTopicAction({ topicId: topic.id, change: "pin" }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#moderateTopicAction",
    attempt: "close a topic",
    expected: leadsOnly,
    prepare: openTopic,
    run: (_world, { topic }) => moderateTopicAction({ topicId: topic.id, change: "close" }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#moveTopicAction",
    attempt: "move a topic to another category",
    expected: leadsOnly,
    prepare: openTopic,
    run: (_world, { topic, other }) =>
      moveTopicAction({ topicId: topic.id, categoryId: other.id, version: 1 }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#splitTopicAction",
    attempt: "split a reply into a new topic",
    expected: leadsOnly,
    prepare: openTopic,
    run: (_world, { topic, other, reply }) =>
      splitTopicAction({
        topicId: topic.id,
        title: "The split-off part",
        categoryId: other.id,
        postIds: [reply.postId],
      }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#sendMessageAction",
    attempt: "send a private message to A's member and B's admin",
    expected: everyone,
    prepare: async (world) => ({
      to: `${await handleFor(world, "memberOfA")}, ${await handleFor(world, "adminOfB")}`,
    }),
    run: (_world, { to }) =>
      sendMessageAction({
        to,
        title: "A word with you both",
        body: "Hello",
      }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#previewAction",
    attempt: "preview a post's Markdown",
    expected: everyone,
    run: () => previewAction({ body: "**Hello**" }),
  }),
  row({
    handler: "app/forums/actions.ts#saveCategoryAction",
    attempt: "add a category",
    expected: leadsOnly,
    run: () => saveCategoryAction(null, categoryInput(String(Date.now()))),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#saveCategoryAction",
    attempt: "change a category",
    expected: leadsOnly,
    prepare: async () => createForumCategory(await getPrisma()),
    run: (_world, category) => saveCategoryAction(category.id, categoryInput(String(Date.now()))),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#moveCategoryAction",
    attempt: "move a category up the list",
    expected: leadsOnly,
    prepare: async () => {
      const prisma = await getPrisma();
      await createForumCategory(prisma);
      return createForumCategory(prisma);
    },
    run: (_world, category) => moveCategoryAction({ categoryId: category.id, direction: "up" }),
    changes: true,
  }),
  row({
    handler: "app/forums/actions.ts#archiveCategoryAction",
    attempt: "archive a category",
    expected: leadsOnly,
    prepare: async () => createForumCategory(await getPrisma()),
    run: (_world, category) => archiveCategoryAction(category.id),
    changes: true,
  }),
];
