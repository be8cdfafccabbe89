import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { jobsPolicy } from "./policy";
import { findJob } from "./registry";
import { type JobOutcome, runJobNow, schedulerName } from "./run-due-jobs";
import { runJobSchema } from "./schemas";

/**
 * Runs a job at once for a lead or platform admin ("Run now"), through the same claim and lease
 * as the scheduler, and audits it as job.run with its outcome. A job another scheduler is
 * running now is refused, and a failing job's error is recorded as for any run.
 */
export async function runScheduledJobNow(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<JobOutcome> {
  if (!jobsPolicy.canManage(actor))
    throw new AppError("FORBIDDEN", "Only programme leads and platform admins run jobs.");
  const { name } = runJobSchema.parse(input);
  const job = findJob(name);
  if (!job) throw new AppError("NOT_FOUND", "There is no such job.");
  const prisma = await getPrisma();
  const outcome = await runJobNow(prisma, job, new Date(), `${actor.email}:${schedulerName()}`);
  if (!outcome) {
    throw new AppError("CONFLICT", "This job is running now. Try again in a minute.");
  }
  await recordAuditEvent(
    prisma,
    { actorId: actor.userId, actorEmail: actor.email, ...context },
    {
      action: "job.run",
      entityType: "ScheduledJob",
      entityId: job.name,
      after: outcome.ok
        ? { outcome: "succeeded", summary: outcome.summary }
        : { outcome: "failed", error: outcome.error },
    },
  );
  return outcome;
}
