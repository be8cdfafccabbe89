import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageSystems, guardIds, systemFields, systemNotFound } from "./profile-records";

/**
 * Removes a system from the organisation's profile, found by its id AND the organisation's. The
 * audit record keeps what it was.
 */
export async function removeSystemInUse(
  actor: Actor,
  organisationId: string,
  systemId: string,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId, systemId);
  if (!organisationPolicy.canManageSystems(actor, organisationId)) throw cannotManageSystems();
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: systemId, organisationId };
    const current = await tx.systemInUse.findFirst({
      where: { ...where, organisation: { archivedAt: null } },
      select: systemFields,
    });
    if (!current) throw systemNotFound();
    await tx.systemInUse.delete({ where });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "system.removed",
      entityType: "SystemInUse",
      entityId: systemId,
      before: snapshot(current),
    });
  });
}
