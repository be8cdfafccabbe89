import { saveForumDigestPreference } from "@/app/account/actions";
import { grantModeratorAction, revokeModeratorAction } from "@/app/forums/moderators/actions";
import {
  flagPostAction,
  reviewPostAction,
  setWatchLevelAction,
  warnAuthorAction,
} from "@/app/forums/review/actions";
import { getPrisma } from "@/lib/db/client";

import { createUser } from "../../support/factories";
import { addReply, createCategory, createTopic } from "../../support/forum-moderation-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const everyoneSignedIn = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");
const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
// Organisation B's restricted category: its admin and the leads read it, organisation A does not.
const readersOfB = expect6("sign-in", "denied", "denied", "allowed", "allowed", "allowed");

/** A reply by someone outside the world, in an open category (or one restricted to B). */
async function postByAnother(world: World, restrictedToB = false) {
  const prisma = await getPrisma();
  const author = await createUser(prisma);
  const category = await createCategory(
    prisma,
    restrictedToB ? { restricted: true, organisationIds: [world.organisationB.id] } : {},
  );
  const { topic } = await createTopic(prisma, { categoryId: category.id, authorId: author.id });
  const post = await addReply(prisma, { topicId: topic.id, authorId: author.id });
  return { categoryId: category.id, topicId: topic.id, postId: post.id };
}

/** A flagged post; with `moderatorOfA`, the member of A moderates its category. */
async function flaggedPost(world: World, moderatorOfA = false) {
  const prisma = await getPrisma();
  const prepared = await postByAnother(world);
  const flagger = await createUser(prisma);
  await prisma.forumFlag.create({
    data: { postId: prepared.postId, userId: flagger.id, reason: "SPAM" },
  });
  if (moderatorOfA) {
    await prisma.forumModerator.create({
      data: { userId: world.actors.memberOfA.userId, categoryId: prepared.categoryId },
    });
  }
  return prepared;
}

export const forumModerationRows = [
  row({
    handler: "app/forums/review/actions.ts#flagPostAction",
    attempt: "flag someone else's post in an open category",
    expected: everyoneSignedIn,
    prepare: (world) => postByAnother(world),
    run: (_world, { postId }) => flagPostAction({ postId, reason: "OFF_TOPIC" }),
    changes: true,
  }),
  row({
    handler: "app/forums/review/actions.ts#flagPostAction",
    attempt: "flag a post in a category restricted to organisation B",
    expected: readersOfB,
    prepare: (world) => postByAnother(world, true),
    run: (_world, { postId }) => flagPostAction({ postId, reason: "OFF_TOPIC" }),
    changes: true,
    // A post one may not read is a 404: they may not know it exists.
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/review/actions.ts#reviewPostAction",
    attempt: "hide a flagged post without the moderator role",
    expected: leadsOnly,
    prepare: (world) => flaggedPost(world),
    run: (_world, { postId }) => reviewPostAction({ postId, decision: "HIDE" }),
    changes: true,
  }),
  row({
    handler: "app/forums/review/actions.ts#reviewPostAction",
    attempt: "approve a flagged post in the category the member of A moderates",
    expected: expect6("sign-in", "allowed", "denied", "denied", "allowed", "allowed"),
    prepare: (world) => flaggedPost(world, true),
    run: (_world, { postId }) => reviewPostAction({ postId, decision: "APPROVE" }),
    changes: true,
  }),
  row({
    handler: "app/forums/review/actions.ts#warnAuthorAction",
    attempt: "send a post's author a moderator's message without the role",
    expected: leadsOnly,
    prepare: (world) => flaggedPost(world),
    run: (_world, { postId }) => warnAuthorAction({ postId, message: "Please stay on topic." }),
    changes: true,
  }),
  row({
    handler: "app/forums/review/actions.ts#setWatchLevelAction",
    attempt: "watch a topic in an open category",
    expected: everyoneSignedIn,
    prepare: (world) => postByAnother(world),
    run: (_world, { topicId }) =>
      setWatchLevelAction({ target: "topic", id: topicId, level: "WATCHING" }),
    changes: true,
  }),
  row({
    handler: "app/forums/review/actions.ts#setWatchLevelAction",
    attempt: "watch a category restricted to organisation B",
    expected: readersOfB,
    prepare: (world) => postByAnother(world, true),
    run: (_world, { categoryId }) =>
      setWatchLevelAction({ target: "category", id: categoryId, level: "WATCHING" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/forums/moderators/actions.ts#grantModeratorAction",
    attempt: "make the member of A a moderator everywhere",
    expected: leadsOnly,
    run: (world) => grantModeratorAction({ email: world.actors.memberOfA.email, categoryId: "" }),
    changes: true,
  }),
  row({
    handler: "app/forums/moderators/actions.ts#revokeModeratorAction",
    attempt: "take the member of A's moderator role away",
    expected: leadsOnly,
    prepare: async (world) =>
      (
        await (
          await getPrisma()
        ).forumModerator.create({
          data: { userId: world.actors.memberOfA.userId, categoryId: null },
        })
      ).id,
    run: (_world, moderatorId: string) => revokeModeratorAction({ moderatorId }),
    changes: true,
  }),
  row({
    handler: "app/account/actions.ts#saveForumDigestPreference",
    attempt: "choose one's own forum digest",
    expected: everyoneSignedIn,
    run: () => saveForumDigestPreference({ forumDigest: "DAILY" }),
    changes: true,
  }),
];
