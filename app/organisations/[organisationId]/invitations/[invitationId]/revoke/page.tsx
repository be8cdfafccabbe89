import { notFound } from "next/navigation";

import { RemoveConfirmation } from "@/components/organisations/remove-confirmation";
import { requireActor } from "@/lib/auth/require-actor";
import { getPendingInvitation } from "@/lib/invitations/list-pending-invitations";
import { invitationPolicy } from "@/lib/invitations/policy";
import { invitationRoleLabels } from "@/lib/invitations/schemas";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

import { revokeInvitation } from "../../actions";

export const metadata = { title: "Revoke an invitation" };

export default async function RevokeInvitationPage({
  params,
}: {
  params: Promise<{ organisationId: string; invitationId: string }>;
}) {
  const { organisationId, invitationId } = await params;
  const actor = await requireActor(
    `/organisations/${organisationId}/invitations/${invitationId}/revoke`,
  );
  if (!isId(organisationId)) notFound();
  if (!invitationPolicy.canManageInvitations(actor, organisationId)) {
    await denyAccess(actor, "invitation.revoke");
  }
  const invitation = await getPendingInvitation(actor, organisationId, invitationId);
  if (!invitation) notFound();
  return (
    <RemoveConfirmation
      heading={`Revoke the invitation of ${invitation.user.name}?`}
      profileHref={`/organisations/${invitation.organisation.id}#invitations-heading`}
      organisationName={invitation.organisation.name}
      action={revokeInvitation}
      hiddenFields={{ organisationId: invitation.organisation.id, invitationId: invitation.id }}
      buttonLabel="Revoke invitation"
    >
      <dl className="nhs-card">
        <div className="py-1">
          <dt className="inline font-bold">Email: </dt>
          <dd className="inline">{invitation.user.email}</dd>
        </div>
        <div className="py-1">
          <dt className="inline font-bold">Role: </dt>
          <dd className="inline">{invitationRoleLabels[invitation.role]}</dd>
        </div>
      </dl>
      <p>The link in the invitation email will stop working.</p>
    </RemoveConfirmation>
  );
}
