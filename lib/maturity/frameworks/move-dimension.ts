import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { moveSchema } from "../schemas";
import { editableVersion, markEdited, moveOnePlace, renumber } from "./editable-version";
import { dimensionNotFound } from "./errors";
import { guardIds, requireManager } from "./guards";

/** Moves a dimension one place up or down the framework's order. */
export async function moveDimension(
  actor: Actor,
  frameworkId: string,
  dimensionId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(frameworkId, dimensionId);
  requireManager(actor);
  const { direction, ...opened } = moveSchema.parse(input);
  const audit = actorContext(actor, context);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const target = await editableVersion(tx, frameworkId, opened, audit);
    const id = target.dimensionId(dimensionId);
    if (!id) throw dimensionNotFound();
    const dimensions = await tx.frameworkDimension.findMany({
      where: { versionId: target.versionId },
      orderBy: { position: "asc" },
      select: { id: true, key: true, position: true },
    });
    const move = moveOnePlace(dimensions, id, direction);
    if (!move) {
      throw new AppError(
        "VALIDATION",
        `That dimension is already ${direction === "up" ? "first" : "last"}.`,
      );
    }
    const { ordered, moving, from, to } = move;
    await renumber(ordered, (recordId, position) =>
      tx.frameworkDimension.update({ where: { id: recordId }, data: { position } }),
    );
    await markEdited(tx, target.versionId);
    await recordAuditEvent(tx, audit, {
      action: "maturity_framework.dimension_moved",
      entityType: "FrameworkDimension",
      entityId: id,
      before: { key: moving.key, position: from },
      after: { key: moving.key, position: to },
    });
  });
}
