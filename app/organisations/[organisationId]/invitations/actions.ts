"use server";

import { invitePerson } from "@/lib/invitations/invite-person";
import { revokeInvitation as revoke } from "@/lib/invitations/revoke-invitation";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

const textField = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Invites someone to the organisation, from the invite form; the email is sent after. Then the
 * profile's invitations, saying what happened.
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
    `/organisations/${organisationId}?notice=invitation-sent#invitations-heading`,
  );
}

/** Withdraws a pending invitation; posted by the plain form on the confirmation page. */
export async function revokeInvitation(formData: FormData): Promise<void> {
  const organisationId = textField(formData, "organisationId");
  const invitationId = textField(formData, "invitationId");
  await runFormAction("invitation.revoke", `/organisations/${organisationId}`, (actor, context) =>
    revoke(actor, organisationId, invitationId, context),
  );
}
