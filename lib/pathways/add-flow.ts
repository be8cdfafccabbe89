import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { flowData, requireFlowReferences } from "./flows";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { flowSchema } from "./schemas";

/** Adds an information flow between two steps of the pathway. */
export async function addFlow(
  actor: Actor,
  pathwayId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  guardIds(pathwayId);
  requireEditor(actor);
  const flow = flowSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const { revision } = await recordPathwayChange(tx, actor, pathwayId, "Added a flow");
    const steps = await requireFlowReferences(tx, pathwayId, flow);
    await tx.pathwayChange.updateMany({
      where: { pathwayId, revision },
      data: { summary: `Added a flow from "${steps.from}" to "${steps.to}"` },
    });
    const { id } = await tx.informationFlow.create({
      data: {
        ...flowData(flow),
        pathwayId,
        categories: { create: flow.dataCategoryIds.map((dataCategoryId) => ({ dataCategoryId })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.flow_added",
      entityType: "InformationFlow",
      entityId: id,
      after: snapshot({ pathwayId, ...flow }),
    });
    return { id };
  });
}
