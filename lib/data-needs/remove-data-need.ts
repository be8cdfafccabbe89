import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { guardIds } from "@/lib/organisations/profile-records";

import { cannotEditNeeds, needNotFound } from "./errors";
import { needFields } from "./need-data";
import { dataNeedPolicy } from "./policy";

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
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "data_need.removed",
      entityType: "DataNeed",
      entityId: needId,
      before: snapshot(current),
    });
  });
}
