import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { pathwayNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";

/**
 * Archives a pathway, or restores it: archived pathways leave the coalition's list and cannot be
 * changed, but keep their versions and history.
 */
export async function setPathwayArchived(
  actor: Actor,
  pathwayId: string,
  archived: boolean,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId);
  requireEditor(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const pathway = await tx.pathway.findUnique({
      where: { id: pathwayId },
      select: { status: true, publishedRevision: true, revision: true },
    });
    if (!pathway) throw pathwayNotFound();
    const status = archived ? "ARCHIVED" : pathway.publishedRevision ? "PUBLISHED" : "DRAFT";
    if (status === pathway.status) return;
    await tx.pathway.update({ where: { id: pathwayId }, data: { status } });
    await tx.pathwayChange.create({
      data: {
        pathwayId,
        revision: pathway.revision,
        actorId: actor.userId,
        summary: archived ? "Archived the pathway" : "Restored the pathway",
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: archived ? "pathway.archived" : "pathway.restored",
      entityType: "Pathway",
      entityId: pathwayId,
      before: { status: pathway.status },
      after: { status },
    });
  });
}
