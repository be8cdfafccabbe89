import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { changeContext, guardIds, snapshot } from "@/lib/organisations/profile-records";

import { dataNeedPolicy } from "./policy";
import { cannotEditNeeds, needFields, needNotFound } from "./records";

/**
 * Removes a data need, found by its id AND its organisation's. The audit record keeps what it was.
 */
export async function removeDataNeed(
  actor: Actor,
  organisationId: string,
  needId: string,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId, needId);
  if (!dataNeedPolicy.canEdit(actor, organisationId)) throw cannotEditNeeds();
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.dataNeed.findFirst({
      where: { id: needId, organisationId, organisation: { archivedAt: null } },
      select: needFields,
    });
    if (!current) throw needNotFound();
    await tx.dataNeed.delete({ where: { id: needId } });
    await recordAuditEvent(tx, changeContext(actor, organisationId, context), {
      action: "dataNeed.removed",
      entityType: "DataNeed",
      entityId: needId,
      before: snapshot(current),
    });
  });
}
