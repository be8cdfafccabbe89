import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { questionSchema } from "../schemas";
import { editableVersion, markEdited, renumber } from "./editable-version";
import { questionNotFound, unknownDimension } from "./errors";
import { questionFields } from "./fields";
import { guardIds, requireManager } from "./guards";

/**
 * Changes a question; its key stays as it was. Given another dimension, the question moves to the
 * end of that dimension.
 */
export async function updateQuestion(
  actor: Actor,
  frameworkId: string,
  questionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; versionId: string }> {
  guardIds(frameworkId, questionId);
  requireManager(actor);
  const {
    versionId,
    version,
    dimensionId: openedDimensionId,
    ...details
  } = questionSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, { versionId, version }, audit);
    const id = target.questionId(questionId);
    if (!id) throw questionNotFound();
    const dimensionId = target.dimensionId(openedDimensionId);
    if (!dimensionId) throw unknownDimension();
    const before = await tx.frameworkQuestion.findUniqueOrThrow({
      where: { id },
      select: questionFields,
    });
    let position = before.position;
    if (dimensionId !== before.dimensionId) {
      const last = await tx.frameworkQuestion.aggregate({
        where: { dimensionId },
        _max: { position: true },
      });
      position = (last._max.position ?? -1) + 1;
    }
    await tx.frameworkQuestion.update({
      where: { id },
      data: { ...details, dimensionId, position },
    });
    if (dimensionId !== before.dimensionId) {
      const left = await tx.frameworkQuestion.findMany({
        where: { dimensionId: before.dimensionId },
        orderBy: { position: "asc" },
        select: { id: true, position: true },
      });
      await renumber(left, (recordId, at) =>
        tx.frameworkQuestion.update({ where: { id: recordId }, data: { position: at } }),
      );
    }
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.question_updated",
      entityType: "FrameworkQuestion",
      entityId: id,
      before: snapshot(before),
      after: snapshot({ ...before, ...details, dimensionId, position }),
    });
    return { id, versionId: target.versionId };
  });
}
