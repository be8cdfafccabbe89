import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { findEditablePost } from "./access";

/** A post as its edit form opens it, for its author or a moderator only. */
export async function postForEditing(db: DbTransaction, actor: Actor, postId: string) {
  const post = await findEditablePost(db, actor, postId);
  return {
    id: post.id,
    topicId: post.topicId,
    number: post.number,
    body: post.body,
    version: post.version,
    title: post.number === 1 ? post.topic.title : null,
  };
}
