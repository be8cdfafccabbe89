import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import type { Moderation } from "@/lib/forums/policy";

/** Where a person moderates (ForumModerator rows): what forumPolicy.canModerate weighs. */
export function moderationsOf(db: DbTransaction, actor: Actor): Promise<Moderation[]> {
  return db.forumModerator.findMany({
    where: { userId: actor.userId },
    select: { categoryId: true },
  });
}
