import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { stepSchema } from "./schemas";
import { requireLane } from "./steps";

/** Adds a step at the end of the pathway. */
export async function addStep(
  actor: Actor,
  pathwayId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  guardIds(pathwayId);
  requireEditor(actor);
  const { lane, ...details } = stepSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await recordPathwayChange(tx, actor, pathwayId, `Added the step "${details.name}"`);
    await requireLane(tx, lane);
    const last = await tx.pathwayStep.aggregate({
      where: { pathwayId },
      _max: { position: true },
    });
    const data = { ...details, ...lane, position: (last._max.position ?? 0) + 1 };
    const { id } = await tx.pathwayStep.create({
      data: { ...data, pathwayId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.step_added",
      entityType: "PathwayStep",
      entityId: id,
      after: snapshot({ pathwayId, ...data }),
    });
    return { id };
  });
}
