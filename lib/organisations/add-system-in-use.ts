import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageSystems, guardIds, requireActiveOrganisation } from "./profile-records";
import { systemInUseSchema } from "./schemas";

/**
 * Records a system the organisation runs. Programme leads for any organisation, organisation
 * admins for their own; audited in the same transaction.
 */
export async function addSystemInUse(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  guardIds(organisationId);
  if (!organisationPolicy.canManageSystems(actor, organisationId)) throw cannotManageSystems();
  const details = systemInUseSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await requireActiveOrganisation(tx, organisationId);
    const { id } = await tx.systemInUse.create({
      data: { ...details, organisationId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "system.added",
      entityType: "SystemInUse",
      entityId: id,
      after: snapshot(details),
    });
    return { id };
  });
}
