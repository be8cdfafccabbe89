import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { findEditablePost } from "./access";
import { editDraftKey, getDraft } from "./drafts";

/**
 * A post as its edit form opens it, for its author or a moderator only: with the changes they
 * were making when the page was left, if they had not saved them.
 */
export async function postForEditing(db: DbTransaction, actor: Actor, postId: string) {
  const post = await findEditablePost(db, actor, postId);
  const draft = await getDraft(db, actor, editDraftKey(post.id));
  const title = post.number === 1 ? post.topic.title : null;
  return {
    id: post.id,
    topicId: post.topicId,
    number: post.number,
    body: draft?.body ?? post.body,
    version: post.version,
    title: title === null ? null : (draft?.title ?? title),
    draftRestored: draft !== null,
  };
}
