import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { followRecord } from "@/lib/commitments/follow";

import { changedMeanwhile, flowNotFound } from "./errors";
import { flowData, flowFields, requireFlowReferences } from "./flows";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { flowSchema, versionSchema } from "./schemas";

/** Changes an information flow, unless someone changed it since the form was opened. */
export async function updateFlow(
  actor: Actor,
  pathwayId: string,
  flowId: string,
  input: unknown,
  openedVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId, flowId);
  requireEditor(actor);
  const flow = flowSchema.parse(input);
  const version = versionSchema.parse(openedVersion);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const { revision } = await recordPathwayChange(tx, actor, pathwayId, "Changed a flow");
    const before = await tx.informationFlow.findFirst({
      where: { id: flowId, pathwayId },
      select: flowFields,
    });
    if (!before) throw flowNotFound();
    const steps = await requireFlowReferences(tx, pathwayId, flow);
    await tx.pathwayChange.updateMany({
      where: { pathwayId, revision },
      data: { summary: `Changed the flow from "${steps.from}" to "${steps.to}"` },
    });
    const { count } = await tx.informationFlow.updateMany({
      where: { id: flowId, pathwayId, version },
      data: { ...flowData(flow), version: { increment: 1 } },
    });
    if (count === 0) throw changedMeanwhile("flow");
    // Commitments to make the flow digital follow its state, in the same transaction.
    await followRecord(tx, { kind: "flow", id: flowId });
    await tx.flowDataCategory.deleteMany({ where: { flowId } });
    await tx.flowDataCategory.createMany({
      data: flow.dataCategoryIds.map((dataCategoryId) => ({ flowId, dataCategoryId })),
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.flow_updated",
      entityType: "InformationFlow",
      entityId: flowId,
      before: snapshot({
        ...before,
        categories: undefined,
        dataCategoryIds: before.categories.map((category) => category.dataCategoryId),
      }),
      after: snapshot(flow),
    });
  });
}
