import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { questionSchema } from "../schemas";
import { editableVersion, markEdited } from "./editable-version";
import { unknownDimension } from "./errors";
import { guardIds, requireManager } from "./guards";
import { uniqueKey } from "./keys";

/** Adds a question at the end of its dimension; its key is made from its text. */
export async function addQuestion(
  actor: Actor,
  frameworkId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; versionId: string }> {
  guardIds(frameworkId);
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
    const dimensionId = target.dimensionId(openedDimensionId);
    if (!dimensionId) throw unknownDimension();
    const others = await tx.frameworkQuestion.findMany({
      where: { versionId: target.versionId },
      select: { key: true, position: true, dimensionId: true },
    });
    const key = uniqueKey(
      details.text,
      "question",
      others.map((other) => other.key),
    );
    const position =
      Math.max(
        -1,
        ...others
          .filter((other) => other.dimensionId === dimensionId)
          .map((other) => other.position),
      ) + 1;
    const { id } = await tx.frameworkQuestion.create({
      data: { ...details, key, position, dimensionId, versionId: target.versionId },
      select: { id: true },
    });
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.question_added",
      entityType: "FrameworkQuestion",
      entityId: id,
      after: snapshot({
        frameworkId,
        versionId: target.versionId,
        key,
        dimensionId,
        position,
        ...details,
      }),
    });
    return { id, versionId: target.versionId };
  });
}
