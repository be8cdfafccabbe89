import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { clearOutboxLinks, linkKey } from "@/lib/mail/queue-email";
import { guardIds } from "@/lib/organisations/profile-records";
import { isId } from "@/lib/validation/ids";

import { cannotInvite, invitationNotFound } from "./errors";
import { invitationPolicy } from "./policy";

/**
 * Withdraws a pending invitation, found by its id AND its organisation's: its link stops working.
 * The account it created stays, with no password, so inviting the person again reuses it.
 */
export async function revokeInvitation(
  actor: Actor,
  organisationId: string,
  invitationId: string,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId);
  if (!invitationPolicy.canManageInvitations(actor, organisationId)) throw cannotInvite();
  if (!isId(invitationId)) throw invitationNotFound();
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, organisationId, acceptedAt: null, revokedAt: null },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!invitation) throw invitationNotFound();
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw invitationNotFound();
    await clearOutboxLinks(tx, [linkKey.invitation(invitation.id)]);
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { email: invitation.user.email, organisationId, role: invitation.role },
    });
  });
}
