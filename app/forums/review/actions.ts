"use server";

import { revalidatePath } from "next/cache";

import { flagPost } from "@/lib/forums/moderation/flag-post";
import { reviewPost, warnAuthor } from "@/lib/forums/moderation/review-post";
import { setWatchLevel } from "@/lib/forums/watching/set-watch-level";
import type { PostStatus, WatchLevel } from "@/lib/generated/prisma/enums";
import { type ActionResult, runAction } from "@/lib/server/action";
import { refreshAfterWrite } from "@/lib/server/redirect-after-write";

// The forums' moderation actions (flagging a post, the review queue's decisions and warnings),
// and following a category or topic: the topic and category pages place their controls.

/** Flags a post for the moderators; the topic is read again in case the flag hid the post. */
export async function flagPostAction(input: unknown): Promise<ActionResult<{ hidden: boolean }>> {
  const result = await runAction("forum.flag_post", (actor, context) =>
    flagPost(actor, input, context),
  );
  if (result.ok && result.data.hidden) revalidatePath("/forums", "layout");
  return result;
}

/** Approves, hides or deletes a post in the review queue. */
export async function reviewPostAction(
  input: unknown,
): Promise<ActionResult<{ status: PostStatus }>> {
  const result = await runAction("forum.review_post", (actor, context) =>
    reviewPost(actor, input, context),
  );
  if (result.ok) revalidatePath("/forums", "layout");
  return refreshAfterWrite(result, "/forums/review");
}

/** Sends a moderator's message to a post's author. */
export async function warnAuthorAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.warn_author", async (actor, context) => {
    await warnAuthor(actor, input, context);
    return undefined;
  });
  return refreshAfterWrite(result, "/forums/review");
}

/** Sets how closely the person follows a category or topic. */
export async function setWatchLevelAction(
  input: unknown,
): Promise<ActionResult<{ level: WatchLevel }>> {
  return runAction("forum.set_watch_level", (actor, context) =>
    setWatchLevel(actor, input, context),
  );
}
