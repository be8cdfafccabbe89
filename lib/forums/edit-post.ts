import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { findEditablePost } from "./access";
import { clearDraft, editDraftKey } from "./drafts";
import { mentionedPeople } from "./add-post";
import { type Db, inTransaction } from "./db";
import { changedMeanwhile } from "./errors";
import { editPostSchema } from "./schemas";

/**
 * Edits a post, unless it changed since the form was opened. The text before the first edit is
 * kept as revision 1 and each edit adds one, so readers can see what changed; an opening post's
 * edit may change the topic's title too. New mentions are checked like a new post's.
 */
export async function editPost(
  db: Db,
  actor: Actor,
  postId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string; number: number }> {
  const edit = editPostSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const post = await findEditablePost(tx, actor, postId);
    const mentioned = await mentionedPeople(tx, post.topicId, edit.body);
    const { count } = await tx.forumPost.updateMany({
      where: { id: post.id, version: edit.version },
      data: { body: edit.body, editedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw changedMeanwhile("post");
    const newTitle =
      post.number === 1 && edit.title && edit.title !== post.topic.title ? edit.title : null;
    if (newTitle)
      await tx.forumTopic.update({ where: { id: post.topicId }, data: { title: newTitle } });
    const revisions = await tx.forumPostRevision.count({ where: { postId: post.id } });
    const isOpening = post.number === 1;
    await tx.forumPostRevision.createMany({
      data: [
        ...(revisions === 0
          ? [
              {
                postId: post.id,
                number: 1,
                body: post.body,
                title: isOpening ? post.topic.title : null,
                editedById: post.authorId,
                createdAt: post.createdAt,
              },
            ]
          : []),
        {
          postId: post.id,
          number: Math.max(revisions, 1) + 1,
          body: edit.body,
          title: isOpening ? (newTitle ?? post.topic.title) : null,
          editedById: actor.userId,
        },
      ],
    });
    await tx.forumMention.createMany({
      data: mentioned.map((person) => ({ postId: post.id, userId: person.id })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.post_edited",
      entityType: "ForumPost",
      entityId: post.id,
      before: { body: post.body, ...(newTitle ? { title: post.topic.title } : {}) },
      after: { body: edit.body, ...(newTitle ? { title: newTitle } : {}) },
    });
    await clearDraft(tx, actor, editDraftKey(post.id));
    return { topicId: post.topicId, number: post.number };
  });
}
