import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageSystems, guardIds, systemFields, systemNotFound } from "./profile-records";
import { systemInUseSchema } from "./schemas";

/**
 * Changes a system the organisation runs. The system is found by its id AND the organisation's, so
 * an admin cannot reach another organisation's system through their own. Audited with before and
 * after in the same transaction.
 */
export async function updateSystemInUse(
  actor: Actor,
  organisationId: string,
  systemId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId, systemId);
  if (!organisationPolicy.canManageSystems(actor, organisationId)) throw cannotManageSystems();
  const details = systemInUseSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: systemId, organisationId };
    const current = await tx.systemInUse.findFirst({
      where: { ...where, organisation: { archivedAt: null } },
      select: systemFields,
    });
    if (!current) throw systemNotFound();
    await tx.systemInUse.update({ where, data: details });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "system.updated",
      entityType: "SystemInUse",
      entityId: systemId,
      before: snapshot(current),
      after: snapshot(details),
    });
  });
}
