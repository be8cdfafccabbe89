import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { flowNotFound } from "./errors";
import { flowFields } from "./flows";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";

/** Removes an information flow. */
export async function removeFlow(
  actor: Actor,
  pathwayId: string,
  flowId: string,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId, flowId);
  requireEditor(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await recordPathwayChange(tx, actor, pathwayId, "Removed a flow");
    const flow = await tx.informationFlow.findFirst({
      where: { id: flowId, pathwayId },
      select: flowFields,
    });
    if (!flow) throw flowNotFound();
    await tx.informationFlow.delete({ where: { id: flowId } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.flow_removed",
      entityType: "InformationFlow",
      entityId: flowId,
      before: snapshot({ pathwayId, ...flow }),
    });
  });
}
