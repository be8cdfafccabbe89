"use server";

import { acceptInvitation as accept } from "@/lib/invitations/accept-invitation";
import { type ActionResult, runPublicAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";
import { rememberSignInEmail } from "@/lib/server/sign-in-email";

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

/**
 * Accepts an invitation with the password just chosen, then sends the person to sign in with
 * their email already filled in, and on to the organisation they joined.
 */
export async function acceptInvitationWithPassword(
  token: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runPublicAction("invitation.accept", (context) =>
    accept(token, input, context),
  );
  if (result.ok) await rememberSignInEmail(result.data.email);
  return redirectAfterWrite(
    result,
    ({ organisationId }) =>
      `/sign-in?notice=invitation-accepted&callbackUrl=${encodeURIComponent(`/organisations/${organisationId}`)}`,
  );
}
