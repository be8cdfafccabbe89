import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { changedMeanwhile, pathwayNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { pathwayDetailsSchema, versionSchema } from "./schemas";

/** Changes a pathway's name, population and purpose, unless someone changed them meanwhile. */
export async function updatePathway(
  actor: Actor,
  pathwayId: string,
  input: unknown,
  openedVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId);
  requireEditor(actor);
  const details = pathwayDetailsSchema.parse(input);
  const version = versionSchema.parse(openedVersion);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await recordPathwayChange(tx, actor, pathwayId, "Changed the pathway's details");
    const before = await tx.pathway.findUnique({
      where: { id: pathwayId },
      select: { name: true, population: true, purpose: true },
    });
    if (!before) throw pathwayNotFound();
    const { count } = await tx.pathway.updateMany({
      where: { id: pathwayId, version },
      data: { ...details, version: { increment: 1 } },
    });
    if (count === 0) throw changedMeanwhile("pathway");
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.updated",
      entityType: "Pathway",
      entityId: pathwayId,
      before: snapshot(before),
      after: snapshot(details),
    });
  });
}
