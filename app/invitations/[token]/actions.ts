"use server";

import { acceptInvitation as accept } from "@/lib/invitations/accept-invitation";
import { type ActionResult, runPublicAction } from "@/lib/server/action";

/**
 * Accepts an invitation by its link, choosing a password when the account has none. Needs no
 * session: the link's token is the proof.
 */
export async function acceptInvitation(
  token: string,
  input: unknown,
): Promise<ActionResult<{ passwordSet: boolean }>> {
  return runPublicAction("invitation.accept", async (context) => {
    const { passwordSet } = await accept(token, input, context);
    return { passwordSet };
  });
}
