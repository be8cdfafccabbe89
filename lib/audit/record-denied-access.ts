import "server-only";

import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/server/logger";

import { type AuditContext, recordAuditEvent } from "./record-audit-event";

/**
 * Records that someone tried something they may not do. Written on its own, since the attempt
 * changed nothing; a failure to record is logged and never hides the denial itself.
 */
export async function recordDeniedAccess(
  context: AuditContext,
  attempted: string,
  entity: { entityType?: string; entityId?: string } = {},
): Promise<void> {
  try {
    const prisma = await getPrisma();
    await recordAuditEvent(prisma, context, {
      action: "access.denied",
      ...entity,
      after: { attempted },
    });
  } catch (error) {
    logger.error("Recording a denied access failed", { requestId: context.requestId, error });
  }
}
