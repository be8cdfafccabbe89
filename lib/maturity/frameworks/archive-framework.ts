import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { frameworkNotFound } from "./errors";
import { guardIds, requireManager } from "./guards";

/**
 * Archives a framework, or restores it. Archived frameworks are offered for no new round and
 * cannot be changed; rounds already using them keep their versions.
 */
export async function setFrameworkArchived(
  actor: Actor,
  frameworkId: string,
  archived: boolean,
  context: AuditContext = {},
): Promise<void> {
  guardIds(frameworkId);
  requireManager(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const framework = await tx.maturityFramework.findUnique({
      where: { id: frameworkId },
      select: { archivedAt: true },
    });
    if (!framework) throw frameworkNotFound();
    if (Boolean(framework.archivedAt) === archived) return;
    const archivedAt = archived ? new Date() : null;
    await tx.maturityFramework.update({ where: { id: frameworkId }, data: { archivedAt } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: archived ? "maturity_framework.archived" : "maturity_framework.restored",
      entityType: "MaturityFramework",
      entityId: frameworkId,
      before: { archivedAt: framework.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}
