import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { checkMayManageSomeMembership, findManageableMembership } from "./memberships";
import { membershipRoleSchema } from "./schemas";

/**
 * Makes a member an organisation admin, or an admin a member. Leads and platform admins for any
 * organisation, organisation admins for their own; never one's own membership. The change
 * applies from the person's next request. Audited with before and after.
 */
export async function changeMembershipRole(
  actor: Actor,
  membershipId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  checkMayManageSomeMembership(actor, membershipId);
  const { role } = membershipRoleSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const membership = await findManageableMembership(tx, actor, membershipId);
    if (membership.role === role) return;
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAuditEvent(
      tx,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        actingOrganisationId: membership.organisationId,
        ...context,
      },
      {
        action: "membership.role_changed",
        entityType: "Membership",
        entityId: membership.id,
        before: { userId: membership.userId, email: membership.user.email, role: membership.role },
        after: { userId: membership.userId, email: membership.user.email, role },
      },
    );
  });
}
