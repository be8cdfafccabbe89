import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { moveSchema } from "../schemas";
import { editableVersion, markEdited, moveOnePlace, renumber } from "./editable-version";
import { questionNotFound } from "./errors";
import { guardIds, requireManager } from "./guards";

/** Moves a question one place up or down within its dimension. */
export async function moveQuestion(
  actor: Actor,
  frameworkId: string,
  questionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(frameworkId, questionId);
  requireManager(actor);
  const { direction, ...opened } = moveSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, opened, audit);
    const id = target.questionId(questionId);
    if (!id) throw questionNotFound();
    const { dimensionId } = await tx.frameworkQuestion.findUniqueOrThrow({
      where: { id },
      select: { dimensionId: true },
    });
    const questions = await tx.frameworkQuestion.findMany({
      where: { dimensionId },
      orderBy: { position: "asc" },
      select: { id: true, key: true, position: true },
    });
    const move = moveOnePlace(questions, id, direction);
    if (!move) {
      throw new AppError(
        "VALIDATION",
        `That question is already ${direction === "up" ? "first" : "last"} in its dimension.`,
      );
    }
    const { ordered, moving, from, to } = move;
    await renumber(ordered, (recordId, position) =>
      tx.frameworkQuestion.update({ where: { id: recordId }, data: { position } }),
    );
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.question_moved",
      entityType: "FrameworkQuestion",
      entityId: id,
      before: { key: moving.key, position: from },
      after: { key: moving.key, position: to },
    });
  });
}
