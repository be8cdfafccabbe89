"use server";

import { acceptAnswer } from "@/lib/forums/accept";
import {
  archiveCategory,
  createCategory,
  moveCategory,
  updateCategory,
} from "@/lib/forums/categories";
import { saveDraft } from "@/lib/forums/drafts";
import { editPost } from "@/lib/forums/edit-post";
import { likePost } from "@/lib/forums/likes";
import { moderateTopic, moveTopic, splitTopic } from "@/lib/forums/manage-topic";
import { sendPrivateMessage } from "@/lib/forums/messages";
import { previewPost } from "@/lib/forums/preview";
import { postHref, topicHref } from "@/lib/forums/quote";
import { replyToTopic, startTopic } from "@/lib/forums/topics";
import { getPrisma } from "@/lib/db/client";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite, refreshAfterWrite } from "@/lib/server/redirect-after-write";

// The forums' actions: each runs through runAction and calls lib/forums with the person and the
// database; writes go back to the topic (or list) they changed.

export async function startTopicAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.topic_start", async (actor, context) =>
    startTopic(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ topicId }) => topicHref(topicId));
}

export async function replyAction(topicId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.reply", async (actor, context) =>
    replyToTopic(await getPrisma(), actor, topicId, input, context),
  );
  return redirectAfterWrite(result, ({ number }) => postHref(topicId, number), "forum-post");
}

export async function editPostAction(postId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.post_edit", async (actor, context) =>
    editPost(await getPrisma(), actor, postId, input, context),
  );
  return redirectAfterWrite(
    result,
    ({ topicId, number }) => postHref(topicId, number),
    "forum-post",
  );
}

export async function likePostAction(input: unknown): Promise<ActionResult<{ likeCount: number }>> {
  const result = await runAction("forum.post_like", async (actor, context) =>
    likePost(await getPrisma(), actor, input, context),
  );
  return result.ok
    ? refreshAfterWrite(
        { ok: true, data: { likeCount: result.data.likeCount } },
        topicHref(result.data.topicId),
      )
    : result;
}

export async function acceptAnswerAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.answer_accept", async (actor, context) =>
    acceptAnswer(await getPrisma(), actor, input, context),
  );
  return result.ok
    ? refreshAfterWrite({ ok: true, data: undefined }, topicHref(result.data.topicId))
    : result;
}

export async function moderateTopicAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.topic_moderate", async (actor, context) =>
    moderateTopic(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ topicId }) => topicHref(topicId), "forum-topic");
}

export async function moveTopicAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.topic_move", async (actor, context) =>
    moveTopic(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ topicId }) => topicHref(topicId), "forum-topic");
}

export async function splitTopicAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.topic_split", async (actor, context) =>
    splitTopic(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ topicId }) => topicHref(topicId), "forum-topic");
}

export async function sendMessageAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.message_send", async (actor, context) =>
    sendPrivateMessage(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ topicId }) => topicHref(topicId));
}

export async function saveDraftAction(
  input: unknown,
): Promise<ActionResult<{ savedAt: string | null }>> {
  return runAction("forum.draft_save", async (actor) => saveDraft(await getPrisma(), actor, input));
}

export async function previewAction(input: unknown): Promise<ActionResult<{ html: string }>> {
  return runAction("forum.preview", () => Promise.resolve(previewPost(input)));
}

export async function saveCategoryAction(
  categoryId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction(
    categoryId ? "forum.category_update" : "forum.category_create",
    async (actor, context) => {
      const db = await getPrisma();
      return categoryId
        ? updateCategory(db, actor, categoryId, input, context)
        : createCategory(db, actor, input, context);
    },
  );
  return redirectAfterWrite(result, "/forums/categories", "forum-category");
}

export async function moveCategoryAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.category_move", async (actor, context) =>
    moveCategory(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, "/forums/categories", "forum-category");
}

export async function archiveCategoryAction(categoryId: string): Promise<ActionResult> {
  const result = await runAction("forum.category_archive", async (actor, context) =>
    archiveCategory(await getPrisma(), actor, categoryId, context),
  );
  return redirectAfterWrite(result, "/forums/categories", "forum-category");
}
