import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { stepNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { renumberSteps, stepFields } from "./steps";

/**
 * Removes a step and every flow to or from it, in one transaction; the confirmation page lists
 * those flows first. Returns how many flows went with it.
 */
export async function removeStep(
  actor: Actor,
  pathwayId: string,
  stepId: string,
  context: AuditContext = {},
): Promise<{ removedFlows: number }> {
  guardIds(pathwayId, stepId);
  requireEditor(actor);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const step = await tx.pathwayStep.findFirst({
      where: { id: stepId, pathwayId },
      select: stepFields,
    });
    if (!step) throw stepNotFound();
    await recordPathwayChange(tx, actor, pathwayId, `Removed the step "${step.name}"`);
    const { count: removedFlows } = await tx.informationFlow.deleteMany({
      where: { pathwayId, OR: [{ fromStepId: stepId }, { toStepId: stepId }] },
    });
    await tx.pathwayStep.delete({ where: { id: stepId } });
    const rest = await tx.pathwayStep.findMany({
      where: { pathwayId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    await renumberSteps(tx, rest);
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.step_removed",
      entityType: "PathwayStep",
      entityId: stepId,
      before: snapshot({ pathwayId, ...step, removedFlows }),
    });
    return { removedFlows };
  });
}
