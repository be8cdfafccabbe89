import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { checkMayManageSomeMembership, findManageableMembership } from "./memberships";

/**
 * Takes someone out of an organisation: they keep their account but no longer act for it, from
 * their next request. Leads and platform admins for any organisation, organisation admins for
 * their own; never one's own membership. Audited with what was removed.
 */
export async function removeMembership(
  actor: Actor,
  membershipId: string,
  context: AuditContext = {},
): Promise<void> {
  checkMayManageSomeMembership(actor, membershipId);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const membership = await findManageableMembership(tx, actor, membershipId);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(
      tx,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        actingOrganisationId: membership.organisationId,
        ...context,
      },
      {
        action: "membership.removed",
        entityType: "Membership",
        entityId: membership.id,
        before: {
          userId: membership.userId,
          email: membership.user.email,
          organisationId: membership.organisationId,
          role: membership.role,
        },
      },
    );
  });
}
