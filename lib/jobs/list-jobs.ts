import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { jobsPolicy } from "./policy";
import { jobRegistry } from "./registry";
import { describeSchedule } from "./schedule";

/**
 * Every registered job with its schedule in words and how it last ran, for leads and platform
 * admins. A job that has never been looked at by a scheduler has no row yet: its times are null.
 */
export async function listJobs(actor: Actor, now = new Date()) {
  if (!jobsPolicy.canManage(actor))
    throw new AppError("FORBIDDEN", "Only programme leads and platform admins see the jobs.");
  const prisma = await getPrisma();
  const rows = await prisma.scheduledJob.findMany({
    where: { name: { in: jobRegistry.map((job) => job.name) } },
  });
  const byName = new Map(rows.map((row) => [row.name, row]));
  return jobRegistry.map((job) => {
    const row = byName.get(job.name);
    return {
      name: job.name,
      description: job.description,
      schedule: describeSchedule(job.schedule),
      nextRunAt: row?.nextRunAt ?? null,
      lastStartedAt: row?.lastStartedAt ?? null,
      lastFinishedAt: row?.lastFinishedAt ?? null,
      lastSummary: row?.lastSummary ?? null,
      lastError: row?.lastError ?? null,
      runCount: row?.runCount ?? 0,
      running: Boolean(row?.leaseExpiresAt && row.leaseExpiresAt > now),
    };
  });
}

export type JobListEntry = Awaited<ReturnType<typeof listJobs>>[number];
