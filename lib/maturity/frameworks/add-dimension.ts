import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { dimensionSchema } from "../schemas";
import { editableVersion, markEdited } from "./editable-version";
import { guardIds, requireManager } from "./guards";
import { uniqueKey } from "./keys";

/** Adds a dimension after the others; its key is made from its name. */
export async function addDimension(
  actor: Actor,
  frameworkId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; versionId: string }> {
  guardIds(frameworkId);
  requireManager(actor);
  const { versionId, version, ...details } = dimensionSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, { versionId, version }, audit);
    const others = await tx.frameworkDimension.findMany({
      where: { versionId: target.versionId },
      select: { key: true, position: true },
    });
    const key = uniqueKey(
      details.name,
      "dimension",
      others.map((other) => other.key),
    );
    const position = Math.max(-1, ...others.map((other) => other.position)) + 1;
    const { id } = await tx.frameworkDimension.create({
      data: { ...details, key, position, versionId: target.versionId },
      select: { id: true },
    });
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.dimension_added",
      entityType: "FrameworkDimension",
      entityId: id,
      after: snapshot({ frameworkId, versionId: target.versionId, key, position, ...details }),
    });
    return { id, versionId: target.versionId };
  });
}
