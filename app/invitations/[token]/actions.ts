"use server";

import { acceptInvitation as accept } from "@/lib/invitations/accept-invitation";
import { type ActionResult, runPublicAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";
import { rememberSignInEmail } from "@/lib/server/sign-in-email";

/**
 * Accepts an invitation by its link, choosing a password when the account has none. Needs no
 * session: the link's token is the proof. Someone who has just chosen a password is sent to sign
 * in with their email filled in, and on to the organisation; anyone else goes straight there.
 */
export async function acceptInvitation(token: string, input: unknown): Promise<ActionResult> {
  const result = await runPublicAction("invitation.accept", (context) =>
    accept(token, input, context),
  );
  if (result.ok && result.data.passwordSet) await rememberSignInEmail(result.data.email);
  return redirectAfterWrite(result, ({ organisationId, passwordSet }) => {
    const organisationHref = `/organisations/${organisationId}`;
    return passwordSet
      ? `/sign-in?notice=invitation-accepted&callbackUrl=${encodeURIComponent(organisationHref)}`
      : organisationHref;
  });
}
