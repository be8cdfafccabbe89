import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { dimensionSchema } from "../schemas";
import { editableVersion, markEdited } from "./editable-version";
import { dimensionNotFound } from "./errors";
import { dimensionFields } from "./fields";
import { guardIds, requireManager } from "./guards";

/** Changes a dimension's name and description; its key stays as it was. */
export async function updateDimension(
  actor: Actor,
  frameworkId: string,
  dimensionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; versionId: string }> {
  guardIds(frameworkId, dimensionId);
  requireManager(actor);
  const { versionId, version, ...details } = dimensionSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, { versionId, version }, audit);
    const id = target.dimensionId(dimensionId);
    if (!id) throw dimensionNotFound();
    const before = await tx.frameworkDimension.findUniqueOrThrow({
      where: { id },
      select: dimensionFields,
    });
    await tx.frameworkDimension.update({ where: { id }, data: details });
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.dimension_updated",
      entityType: "FrameworkDimension",
      entityId: id,
      before: snapshot(before),
      after: snapshot({ ...before, ...details }),
    });
    return { id, versionId: target.versionId };
  });
}
