import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { findReadablePost, moderationsOf } from "./access";
import { cannotEditPost } from "./errors";
import { forumPolicy } from "./policy";

/** A post as its edit form opens it, for its author or a moderator only. */
export async function postForEditing(db: DbTransaction, actor: Actor, postId: string) {
  const post = await findReadablePost(db, actor, postId);
  const moderations = await moderationsOf(db, actor);
  if (
    !forumPolicy.canEditPost(
      actor,
      { authorId: post.authorId, categoryId: post.topic.categoryId },
      moderations,
    )
  )
    throw cannotEditPost();
  return {
    id: post.id,
    topicId: post.topicId,
    number: post.number,
    body: post.body,
    version: post.version,
    title: post.number === 1 ? post.topic.title : null,
  };
}
