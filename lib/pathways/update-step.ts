import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { changedMeanwhile, stepNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { stepSchema, versionSchema } from "./schemas";
import { requireLane, stepFields } from "./steps";

/** Changes a step, unless someone changed it since the form was opened. */
export async function updateStep(
  actor: Actor,
  pathwayId: string,
  stepId: string,
  input: unknown,
  openedVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId, stepId);
  requireEditor(actor);
  const { lane, ...details } = stepSchema.parse(input);
  const version = versionSchema.parse(openedVersion);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await recordPathwayChange(tx, actor, pathwayId, `Changed the step "${details.name}"`);
    const before = await tx.pathwayStep.findFirst({
      where: { id: stepId, pathwayId },
      select: stepFields,
    });
    if (!before) throw stepNotFound();
    await requireLane(tx, lane);
    const { count } = await tx.pathwayStep.updateMany({
      where: { id: stepId, pathwayId, version },
      data: { ...details, ...lane, version: { increment: 1 } },
    });
    if (count === 0) throw changedMeanwhile("step");
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.step_updated",
      entityType: "PathwayStep",
      entityId: stepId,
      before: snapshot(before),
      after: snapshot({ ...details, ...lane }),
    });
  });
}
