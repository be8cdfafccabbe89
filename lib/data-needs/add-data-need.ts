import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { guardIds, requireActiveOrganisation } from "@/lib/organisations/profile-records";

import { cannotEditNeeds } from "./errors";
import { checkReferences, needData } from "./need-data";
import { dataNeedPolicy } from "./policy";
import { dataNeedSchema } from "./schemas";

/**
 * Records a data need of an organisation. Organisation admins for their own, programme leads for
 * any; audited in the same transaction.
 */
export async function addDataNeed(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  guardIds(organisationId);
  if (!dataNeedPolicy.canEdit(actor, organisationId)) throw cannotEditNeeds();
  const details = dataNeedSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await requireActiveOrganisation(tx, organisationId);
    await checkReferences(tx, actor, details);
    const data = needData(details);
    const { id } = await tx.dataNeed.create({
      data: { ...data, organisationId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "data_need.added",
      entityType: "DataNeed",
      entityId: id,
      after: snapshot(data),
    });
    return { id };
  });
}
