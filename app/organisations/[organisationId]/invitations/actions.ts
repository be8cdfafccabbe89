"use server";

import { invitePerson } from "@/lib/invitations/invite-person";
import { revokeInvitation as revoke } from "@/lib/invitations/revoke-invitation";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/**
 * Invites someone to the organisation, from the invite form; the email is sent after. Then the
 * profile's invitations, saying what happened to the email: sent to the mail server, or only
 * queued in the outbox because no mail server is configured (the inviter then passes the link on
 * from the invitations list).
 */
export async function sendInvitation(
  organisationId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("invitation.create", (actor, context) =>
    invitePerson(actor, organisationId, input, context),
  );
  return redirectAfterWrite(
    result,
    (sent) =>
      `/organisations/${organisationId}?notice=${sent.mailServer ? "invitation-sent" : "invitation-queued"}#invitations-heading`,
  );
}

/** Withdraws a pending invitation; posted by the plain form on the confirmation page. */
export async function revokeInvitation(formData: FormData): Promise<void> {
  const organisationId = formText(formData, "organisationId");
  const invitationId = formText(formData, "invitationId");
  await runFormAction("invitation.revoke", `/organisations/${organisationId}`, (actor, context) =>
    revoke(actor, organisationId, invitationId, context),
  );
}
