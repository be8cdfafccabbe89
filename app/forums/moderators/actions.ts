"use server";

import { grantModerator, revokeModerator } from "@/lib/forums/moderation/moderators";
import { type ActionResult, runAction } from "@/lib/server/action";
import { refreshAfterWrite } from "@/lib/server/redirect-after-write";

/** Makes someone a forum moderator, for one category or everywhere. */
export async function grantModeratorAction(
  input: unknown,
): Promise<ActionResult<{ moderatorId: string }>> {
  const result = await runAction("forum.add_moderator", (actor, context) =>
    grantModerator(actor, input, context),
  );
  return refreshAfterWrite(result, "/forums/moderators");
}

/** Takes a moderator role away. */
export async function revokeModeratorAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("forum.remove_moderator", async (actor, context) => {
    await revokeModerator(actor, input, context);
    return undefined;
  });
  return refreshAfterWrite(result, "/forums/moderators");
}
