import "server-only";

import { ZodError } from "zod";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordDeniedAccess } from "@/lib/audit/record-denied-access";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/server/logger";

/**
 * What every wrapper (server actions, route handlers) does with a failure before answering: a
 * denial is written to the audit trail, an unexpected error to the log; refusals of bad input and
 * other application errors need neither.
 */
export async function noteFailure(
  error: unknown,
  attempted: string,
  context: AuditContext,
): Promise<void> {
  if (error instanceof AppError) {
    if (error.code === "FORBIDDEN") await recordDeniedAccess(context, attempted);
    return;
  }
  if (!(error instanceof ZodError)) {
    logger.error(`${attempted} failed`, { requestId: context.requestId, error });
  }
}
