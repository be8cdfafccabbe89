import "server-only";

import { hostname } from "node:os";
import { randomUUID } from "node:crypto";

import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/server/logger";

import { type JobDefinition, jobRegistry } from "./registry";
import { nextRunAfter } from "./schedule";

const MINUTE_MS = 60_000;
const DEFAULT_LEASE_MINUTES = 10;
/** A failed run is tried again after this long, or at its next scheduled run if that is sooner. */
export const RETRY_AFTER_MS = 15 * MINUTE_MS;
const ERROR_MAX_LENGTH = 1000;

/** What one run of a job came to. */
export type JobOutcome =
  { name: string; ok: true; summary: string } | { name: string; ok: false; error: string };

/** A name for this process's scheduler, written as the lease owner: host, process and a nonce. */
export function schedulerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Gives every registered job its row, due at its first scheduled time, leaving existing rows as
 * they are. Rows of jobs no longer registered stay, and are never claimed.
 */
export async function ensureJobRows(
  db: DbClient,
  now: Date,
  registry: readonly JobDefinition[] = jobRegistry,
): Promise<void> {
  if (registry.length === 0) return;
  await db.scheduledJob.createMany({
    data: registry.map((job) => ({ name: job.name, nextRunAt: nextRunAfter(job.schedule, now) })),
    skipDuplicates: true,
  });
}

/**
 * Claims one job in a short transaction of its own: the row is locked with FOR UPDATE SKIP
 * LOCKED, so a scheduler in another process that looks at the same moment skips it rather than
 * waits, and a lease is set before the commit, so one that looks later sees it taken. A lease
 * that has expired (its process crashed) no longer holds the job. `due` false claims the job
 * whatever its next run (Run now), but never while another scheduler's lease holds it.
 */
async function claimJob(
  db: DbClient,
  owner: string,
  now: Date,
  candidates: readonly JobDefinition[],
  due: boolean,
): Promise<JobDefinition | null> {
  if (candidates.length === 0) return null;
  const names = Prisma.join(candidates.map((job) => job.name));
  const dueClause = due ? Prisma.sql`AND "nextRunAt" <= ${now}` : Prisma.empty;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ name: string }[]>`
      SELECT name FROM scheduled_jobs
       WHERE name IN (${names}) ${dueClause}
         AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${now})
       ORDER BY "nextRunAt", name
       LIMIT 1
       FOR UPDATE SKIP LOCKED`;
    const job = row ? candidates.find((candidate) => candidate.name === row.name) : undefined;
    if (!job) return null;
    const leaseMs = (job.leaseMinutes ?? DEFAULT_LEASE_MINUTES) * MINUTE_MS;
    await tx.scheduledJob.update({
      where: { name: job.name },
      data: {
        leaseOwner: owner,
        leaseExpiresAt: new Date(now.getTime() + leaseMs),
        lastStartedAt: now,
      },
    });
    return job;
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text || "The job failed without a message").slice(0, ERROR_MAX_LENGTH);
}

/**
 * Runs a claimed job outside the claim's transaction, then records the result and the next run,
 * provided this scheduler still holds the lease (if the run outlived it, the scheduler that
 * took the job over records its own run instead).
 */
async function runClaimedJob(
  db: DbClient,
  owner: string,
  now: Date,
  job: JobDefinition,
): Promise<JobOutcome> {
  const started = performance.now();
  let outcome: JobOutcome;
  try {
    outcome = { name: job.name, ok: true, summary: await job.handler(db, now) };
  } catch (error) {
    outcome = { name: job.name, ok: false, error: describeError(error) };
    logger.error(`Scheduled job ${job.name} failed`, error);
  }
  const finishedAt = new Date(now.getTime() + Math.round(performance.now() - started));
  const scheduled = nextRunAfter(job.schedule, now);
  const retry = new Date(now.getTime() + RETRY_AFTER_MS);
  const { count } = await db.scheduledJob.updateMany({
    where: { name: job.name, leaseOwner: owner },
    data: {
      leaseOwner: null,
      leaseExpiresAt: null,
      lastFinishedAt: finishedAt,
      runCount: { increment: 1 },
      ...(outcome.ok
        ? { lastSummary: outcome.summary, lastError: null, nextRunAt: scheduled }
        : { lastError: outcome.error, nextRunAt: scheduled < retry ? scheduled : retry }),
    },
  });
  if (count === 0) {
    logger.warn(`Scheduled job ${job.name} outlived its lease; its result was not recorded`);
  }
  return outcome;
}

/**
 * Runs every job that is due at `now`, one at a time, each at most once per call, and answers
 * what each came to. Safe to call from any number of processes at once: each job is claimed by
 * one of them (see claimJob).
 */
export async function runDueJobs(
  db: DbClient,
  now: Date,
  owner: string,
  registry: readonly JobDefinition[] = jobRegistry,
): Promise<JobOutcome[]> {
  await ensureJobRows(db, now, registry);
  const outcomes: JobOutcome[] = [];
  let remaining = [...registry];
  for (;;) {
    const job = await claimJob(db, owner, now, remaining, true);
    if (!job) return outcomes;
    remaining = remaining.filter((candidate) => candidate.name !== job.name);
    outcomes.push(await runClaimedJob(db, owner, now, job));
  }
}

/**
 * Runs one job at once, whether or not it is due: null when another scheduler is running it
 * now. Its next run is then counted from now.
 */
export async function runJobNow(
  db: DbClient,
  job: JobDefinition,
  now: Date,
  owner: string,
): Promise<JobOutcome | null> {
  await ensureJobRows(db, now, [job]);
  const claimed = await claimJob(db, owner, now, [job], false);
  return claimed ? runClaimedJob(db, owner, now, claimed) : null;
}
