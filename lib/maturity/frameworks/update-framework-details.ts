import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";

import { frameworkEditSchema } from "../schemas";
import { lockNewestVersion, markEdited } from "./editable-version";
import { frameworkNotFound, nameTaken } from "./errors";
import { guardIds, requireFreeName, requireManager } from "./guards";

/**
 * Changes a framework's name and description. They belong to the framework rather than to a
 * version, so no version is started; the newest version's counter still guards against edits
 * made meanwhile.
 */
export async function updateFrameworkDetails(
  actor: Actor,
  frameworkId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(frameworkId);
  requireManager(actor);
  const { versionId, version, ...details } = frameworkEditSchema.parse(input);
  const prisma = await getPrisma();
  try {
    await prisma.$transaction(async (tx) => {
      const newest = await lockNewestVersion(tx, frameworkId, { versionId, version });
      const before = await tx.maturityFramework.findUnique({
        where: { id: frameworkId },
        select: { name: true, description: true },
      });
      if (!before) throw frameworkNotFound();
      await requireFreeName(tx, details.name, frameworkId);
      await tx.maturityFramework.update({ where: { id: frameworkId }, data: details });
      await markEdited(tx, newest.id);
      await recordAuditEvent(tx, actorContext(actor, context), {
        action: "maturity_framework.updated",
        entityType: "MaturityFramework",
        entityId: frameworkId,
        before: snapshot(before),
        after: snapshot(details),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
