import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { guardIds } from "@/lib/organisations/profile-records";
import { versionSchema } from "@/lib/pathways/schemas";

import { cannotEditNeeds, needNotFound, staleNeed } from "./errors";
import { checkReferences, needData, needFields } from "./need-data";
import { dataNeedPolicy } from "./policy";
import { dataNeedSchema } from "./schemas";

/**
 * Changes a data need, found by its id AND its organisation's, so an admin cannot reach another
 * organisation's need through their own. `version` is the one the form was opened at: if someone
 * has changed the need since, nothing is changed and the answer is a CONFLICT. Audited with before
 * and after in the same transaction.
 */
export async function updateDataNeed(
  actor: Actor,
  organisationId: string,
  needId: string,
  version: unknown,
  input: unknown,
  context: AuditContext = {},
): Promise<{ version: number }> {
  guardIds(organisationId, needId);
  if (!dataNeedPolicy.canEdit(actor, organisationId)) throw cannotEditNeeds();
  const details = dataNeedSchema.parse(input);
  const openedAt = versionSchema.parse(version);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const where = { id: needId, organisationId, organisation: { archivedAt: null } };
    const current = await tx.dataNeed.findFirst({
      where,
      select: { ...needFields, version: true },
    });
    if (!current) throw needNotFound();
    if (current.version !== openedAt) throw staleNeed();
    await checkReferences(tx, actor, details);
    const data = needData(details);
    // The version in the where-clause closes the gap between reading and writing.
    const { count } = await tx.dataNeed.updateMany({
      where: { id: needId, organisationId, version: openedAt },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw staleNeed();
    const { version: before, ...fields } = current;
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "data_need.updated",
      entityType: "DataNeed",
      entityId: needId,
      before: snapshot({ ...fields, version: before }),
      after: snapshot({ ...data, version: before + 1 }),
    });
    return { version: before + 1 };
  });
}
