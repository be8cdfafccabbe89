import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearOutboxLinks, linkKey } from "@/lib/mail/queue-email";

/**
 * Accepts every invitation of this person that is still pending and unexpired, to organisations
 * that are not archived: each becomes a membership with the invited role (unless the person is
 * already a member) and is marked accepted. Call it inside the transaction that proves who the
 * person is: accepting a link, or linking a single sign-on identity by verified email.
 * Each invitation is claimed with a conditional update, so two concurrent calls accept it once.
 */
export async function acceptPendingInvitations(
  tx: DbTransaction,
  userId: string,
  context: AuditContext,
): Promise<{ invitationId: string; organisationId: string }[]> {
  const now = new Date();
  const pending = await tx.invitation.findMany({
    where: {
      userId,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
      organisation: { archivedAt: null },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, organisationId: true, role: true, user: { select: { email: true } } },
  });
  const accepted: { invitationId: string; organisationId: string }[] = [];
  for (const invitation of pending) {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) continue;
    await clearOutboxLinks(tx, [linkKey.invitation(invitation.id)]);
    const existing = await tx.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId: invitation.organisationId } },
      select: { id: true },
    });
    const membership =
      existing ??
      (await tx.membership.create({
        data: { userId, organisationId: invitation.organisationId, role: invitation.role },
        select: { id: true },
      }));
    await recordAuditEvent(
      tx,
      {
        ...context,
        actorId: userId,
        actorEmail: invitation.user.email,
        actingOrganisationId: invitation.organisationId,
      },
      {
        action: "invitation.accepted",
        entityType: "Invitation",
        entityId: invitation.id,
        after: {
          organisationId: invitation.organisationId,
          role: invitation.role,
          membershipId: membership.id,
          membershipCreated: !existing,
        },
      },
    );
    accepted.push({ invitationId: invitation.id, organisationId: invitation.organisationId });
  }
  return accepted;
}
