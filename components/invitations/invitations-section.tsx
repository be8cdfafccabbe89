import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { getActor } from "@/lib/auth/get-actor";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { invitationPolicy } from "@/lib/invitations/policy";
import { invitationRoleLabels } from "@/lib/invitations/schemas";
import { linkCausedBy } from "@/lib/mail/outbox";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeZone: "Europe/London",
});

/**
 * Pending invitations to an organisation, with "Invite someone" and revoke, for those who may
 * invite to it (leads, platform admins and the organisation's own admins); nothing otherwise.
 */
export async function InvitationsSection({
  organisationId,
  notice,
}: {
  organisationId: string;
  notice?: string;
}) {
  const actor = await getActor();
  if (!actor || !invitationPolicy.canManageInvitations(actor, organisationId)) return null;
  const pending = await listPendingInvitations(actor, organisationId);
  // While no mail server takes the emails, whoever invited someone passes the link on themselves.
  const invitations = await Promise.all(
    pending.map(async (invitation) => ({
      ...invitation,
      toPassOn:
        invitation.invitedById === actor.userId && !invitation.expired
          ? await linkCausedBy(actor, invitation.user.email, invitation.createdAt)
          : null,
    })),
  );
  return (
    <section aria-labelledby="invitations-heading" className="mb-8">
      <h2 id="invitations-heading">Invitations</h2>
      {notice === "invitation-sent" ? (
        <p className="nhs-card border-l-8 border-l-nhs-green" role="status">
          Invitation sent.
        </p>
      ) : null}
      {notice === "invitation-queued" ? (
        <p className="nhs-card border-l-8 border-l-nhs-green" role="status">
          Invitation queued: no mail server is configured, so no email was sent. Copy the one-time
          link below and pass it on to the person yourself.
        </p>
      ) : null}
      {invitations.length === 0 ? (
        <p>No invitations waiting to be accepted.</p>
      ) : (
        <ScrollRegion labelledBy="invitations-caption" className="mb-4">
          <table className="nhs-table">
            <caption id="invitations-caption" className="sr-only">
              Invitations waiting to be accepted
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Link</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.user.name}</td>
                  <td className="break-all">{invitation.user.email}</td>
                  <td>{invitationRoleLabels[invitation.role]}</td>
                  <td>
                    {!invitation.expired
                      ? `Expires ${dateFormat.format(invitation.expiresAt)}`
                      : `Expired ${dateFormat.format(invitation.expiresAt)}`}
                    {invitation.toPassOn ? (
                      <>
                        <br />
                        <span className="sr-only">One-time link for {invitation.user.name}: </span>
                        <code className="break-all" data-testid="invitation-link">
                          {invitation.toPassOn.link}
                        </code>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <Link
                      href={`/organisations/${organisationId}/invitations/${invitation.id}/revoke`}
                    >
                      Revoke
                      <span className="sr-only"> the invitation of {invitation.user.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Link href={`/organisations/${organisationId}/invite`}>Invite someone</Link>
    </section>
  );
}
