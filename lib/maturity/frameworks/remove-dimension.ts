import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { openedVersionSchema } from "../schemas";
import { editableVersion, markEdited, renumber } from "./editable-version";
import { dimensionNotFound } from "./errors";
import { dimensionFields } from "./fields";
import { guardIds, requireManager } from "./guards";

/**
 * Removes a dimension and its questions from the newest version (from a new version, when a
 * round uses the newest one: earlier versions keep it). The confirmation page lists the
 * questions first.
 */
export async function removeDimension(
  actor: Actor,
  frameworkId: string,
  dimensionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ removedQuestions: number }> {
  guardIds(frameworkId, dimensionId);
  requireManager(actor);
  const opened = openedVersionSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, opened, audit);
    const id = target.dimensionId(dimensionId);
    if (!id) throw dimensionNotFound();
    const before = await tx.frameworkDimension.findUniqueOrThrow({
      where: { id },
      select: { ...dimensionFields, questions: { select: { key: true, text: true } } },
    });
    const { count: removedQuestions } = await tx.frameworkQuestion.deleteMany({
      where: { dimensionId: id },
    });
    await tx.frameworkDimension.delete({ where: { id } });
    const rest = await tx.frameworkDimension.findMany({
      where: { versionId: target.versionId },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    await renumber(rest, (recordId, position) =>
      tx.frameworkDimension.update({ where: { id: recordId }, data: { position } }),
    );
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.dimension_removed",
      entityType: "FrameworkDimension",
      entityId: id,
      before: snapshot({ frameworkId, versionId: target.versionId, ...before }),
    });
    return { removedQuestions };
  });
}
