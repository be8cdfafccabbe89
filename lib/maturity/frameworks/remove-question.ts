import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { openedVersionSchema } from "../schemas";
import { editableVersion, markEdited, renumber } from "./editable-version";
import { questionNotFound } from "./errors";
import { questionFields } from "./fields";
import { guardIds, requireManager } from "./guards";

/**
 * Removes a question from the newest version (from a new version, when a round uses the newest
 * one: earlier versions and their answers keep it).
 */
export async function removeQuestion(
  actor: Actor,
  frameworkId: string,
  questionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(frameworkId, questionId);
  requireManager(actor);
  const opened = openedVersionSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, opened, audit);
    const id = target.questionId(questionId);
    if (!id) throw questionNotFound();
    const before = await tx.frameworkQuestion.findUniqueOrThrow({
      where: { id },
      select: questionFields,
    });
    await tx.frameworkQuestion.delete({ where: { id } });
    const rest = await tx.frameworkQuestion.findMany({
      where: { dimensionId: before.dimensionId },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    await renumber(rest, (recordId, position) =>
      tx.frameworkQuestion.update({ where: { id: recordId }, data: { position } }),
    );
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.question_removed",
      entityType: "FrameworkQuestion",
      entityId: id,
      before: snapshot({ frameworkId, versionId: target.versionId, ...before }),
    });
  });
}
