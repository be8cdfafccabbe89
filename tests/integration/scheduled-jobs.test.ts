import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { type Database, openServerDatabase } from "@/lib/db/open";
import type { DbClient } from "@/lib/db/types";
import type { JobDefinition } from "@/lib/jobs/registry";
import { RETRY_AFTER_MS, runDueJobs, runJobNow } from "@/lib/jobs/run-due-jobs";

import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-database";

const MINUTE_MS = 60_000;
// A winter Monday, 09:00 UK time (GMT).
const MONDAY = new Date("2026-01-12T09:00:00Z");
const minutesAfter = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

/** A job with a unique name that counts its runs, optionally failing while `fail` is true. */
function countingJob(overrides: Partial<JobDefinition> = {}) {
  const state = { runs: 0, fail: false };
  const job: JobDefinition = {
    name: `test.${randomUUID()}`,
    description: "Counts its runs",
    schedule: { every: "day", at: "09:00" },
    async handler() {
      state.runs += 1;
      // Yield, so that a second scheduler looking at the same moment gets its chance.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (state.fail) throw new Error("The mail server said no");
      return `Run ${state.runs}`;
    },
    ...overrides,
  };
  return { job, state };
}

/** Sets the job up as due at MONDAY: rows are made by the first call, due at the next 09:00. */
async function dueAtMonday(db: DbClient, job: JobDefinition) {
  await runDueJobs(db, minutesAfter(MONDAY, -60), "setup", [job]);
  const row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
  expect(row.nextRunAt).toEqual(MONDAY);
}

describe("running due jobs", () => {
  it("runs nothing before a job is due, then runs it once and schedules the next run", async () => {
    const db = await getPrisma();
    const { job, state } = countingJob();
    await dueAtMonday(db, job);
    expect(state.runs).toBe(0);

    const outcomes = await runDueJobs(db, MONDAY, "scheduler-a", [job]);

    expect(outcomes).toEqual([{ name: job.name, ok: true, summary: "Run 1" }]);
    const row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row).toMatchObject({
      nextRunAt: new Date("2026-01-13T09:00:00Z"),
      leaseOwner: null,
      leaseExpiresAt: null,
      lastStartedAt: MONDAY,
      lastSummary: "Run 1",
      lastError: null,
      runCount: 1,
    });
    expect(row.lastFinishedAt?.getTime()).toBeGreaterThanOrEqual(MONDAY.getTime());
    expect(await runDueJobs(db, minutesAfter(MONDAY, 1), "scheduler-a", [job])).toEqual([]);
  });

  it("lets only one of two schedulers looking at the same moment run a job", async () => {
    const db = await getPrisma();
    const { job, state } = countingJob();
    await dueAtMonday(db, job);

    const [first, second] = await Promise.all([
      runDueJobs(db, MONDAY, "scheduler-a", [job]),
      runDueJobs(db, MONDAY, "scheduler-b", [job]),
    ]);

    expect(state.runs).toBe(1);
    expect([...first, ...second]).toHaveLength(1);
    const row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row.runCount).toBe(1);
  });

  it("leaves a job alone while another scheduler's lease holds it, and takes it over once the lease expires", async () => {
    const db = await getPrisma();
    const { job, state } = countingJob({ leaseMinutes: 5 });
    await dueAtMonday(db, job);
    // A scheduler claimed the job and its process died mid-run.
    await db.scheduledJob.update({
      where: { name: job.name },
      data: {
        leaseOwner: "crashed",
        leaseExpiresAt: minutesAfter(MONDAY, 5),
        lastStartedAt: MONDAY,
      },
    });

    expect(await runDueJobs(db, minutesAfter(MONDAY, 4), "scheduler-b", [job])).toEqual([]);
    expect(await runJobNow(db, job, minutesAfter(MONDAY, 4), "scheduler-b")).toBeNull();
    expect(state.runs).toBe(0);

    const outcomes = await runDueJobs(db, minutesAfter(MONDAY, 5), "scheduler-b", [job]);

    expect(outcomes).toHaveLength(1);
    expect(state.runs).toBe(1);
    const row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row).toMatchObject({ leaseOwner: null, runCount: 1, lastError: null });
  });

  it("records a failing job's error, tries it again later, and clears the error once it succeeds", async () => {
    const db = await getPrisma();
    const { job, state } = countingJob();
    await dueAtMonday(db, job);
    state.fail = true;

    const failed = await runDueJobs(db, MONDAY, "scheduler-a", [job]);

    expect(failed).toEqual([{ name: job.name, ok: false, error: "The mail server said no" }]);
    let row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row).toMatchObject({
      lastError: "The mail server said no",
      leaseOwner: null,
      runCount: 1,
      nextRunAt: new Date(MONDAY.getTime() + RETRY_AFTER_MS),
    });

    state.fail = false;
    const retried = await runDueJobs(db, row.nextRunAt, "scheduler-a", [job]);

    expect(retried).toEqual([{ name: job.name, ok: true, summary: "Run 2" }]);
    row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row).toMatchObject({ lastError: null, lastSummary: "Run 2", runCount: 2 });
    expect(row.nextRunAt).toEqual(new Date("2026-01-13T09:00:00Z"));
  });

  it("runs several due jobs in one call, each once, and keeps going after one fails", async () => {
    const db = await getPrisma();
    const failing = countingJob();
    const working = countingJob();
    await dueAtMonday(db, failing.job);
    await dueAtMonday(db, working.job);
    failing.state.fail = true;

    const outcomes = await runDueJobs(db, MONDAY, "scheduler-a", [failing.job, working.job]);

    expect(outcomes.map((outcome) => outcome.ok).sort()).toEqual([false, true]);
    expect([failing.state.runs, working.state.runs]).toEqual([1, 1]);
  });

  it("runs a job at once on request, whether or not it is due, counting its next run from then", async () => {
    const db = await getPrisma();
    const { job, state } = countingJob({ schedule: { every: "minutes", minutes: 30 } });
    const now = new Date("2026-01-12T10:07:00Z");

    const outcome = await runJobNow(db, job, now, "admin");

    expect(outcome).toEqual({ name: job.name, ok: true, summary: "Run 1" });
    expect(state.runs).toBe(1);
    const row = await db.scheduledJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(row.nextRunAt).toEqual(minutesAfter(now, 30));
  });
});

describe.skipIf(!serverUrl)("two app processes on one PostgreSQL server", () => {
  let test: TestDatabase;
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await test?.dispose();
  });

  it("run each due job once, whichever process claims it", async () => {
    test = await createTestDatabase();
    const first = await test.migrate();
    const second = openServerDatabase(test.url ?? "", 2);
    opened.push(first, second);
    const jobs = [countingJob(), countingJob(), countingJob()];
    const registry = jobs.map(({ job }) => job);
    await runDueJobs(first.prisma, minutesAfter(MONDAY, -60), "setup", registry);

    const outcomes = await Promise.all([
      runDueJobs(first.prisma, MONDAY, "process-1", registry),
      runDueJobs(second.prisma, MONDAY, "process-2", registry),
      runDueJobs(first.prisma, MONDAY, "process-1b", registry),
      runDueJobs(second.prisma, MONDAY, "process-2b", registry),
    ]);

    expect(jobs.map(({ state }) => state.runs)).toEqual([1, 1, 1]);
    expect(outcomes.flat()).toHaveLength(3);
    const rows = await first.prisma.scheduledJob.findMany({
      where: { name: { in: registry.map((job) => job.name) } },
    });
    expect(rows.map((row) => row.runCount)).toEqual([1, 1, 1]);
  });
});
