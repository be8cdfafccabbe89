import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { listJobs } from "@/lib/jobs/list-jobs";
import { jobRegistry } from "@/lib/jobs/registry";
import { runScheduledJobNow } from "@/lib/jobs/run-job-now";

import { lead, memberOf, platformAdmin } from "../support/actors";

describe("the jobs page's data", () => {
  it("lists every registered job, with its schedule in words, to leads and platform admins", async () => {
    for (const actor of [lead(), platformAdmin()]) {
      const jobs = await listJobs(actor);
      expect(jobs.map((job) => job.name)).toEqual(jobRegistry.map((job) => job.name));
      expect(jobs.find((job) => job.name === "housekeeping.dead_links")?.schedule).toBe(
        "Every day at 03:10, UK time",
      );
    }
  });

  it("is refused to everyone else", async () => {
    await expect(listJobs(memberOf(crypto.randomUUID()))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("running a job at once", () => {
  it("runs it, records its result on the job and audits job.run", async () => {
    const db = await getPrisma();
    const actor = platformAdmin();

    const outcome = await runScheduledJobNow(actor, { name: "housekeeping.rate_limits" });

    expect(outcome).toMatchObject({ name: "housekeeping.rate_limits", ok: true });
    const row = await db.scheduledJob.findUniqueOrThrow({
      where: { name: "housekeeping.rate_limits" },
    });
    expect(row.lastSummary).toMatch(/^Removed \d+ expired rate limit/);
    expect(row.leaseOwner).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "job.run", actorId: actor.userId },
    });
    expect(audit).toMatchObject({
      entityType: "ScheduledJob",
      entityId: "housekeeping.rate_limits",
    });
    expect(audit.after).toMatchObject({ outcome: "succeeded" });
    const [listed] = (await listJobs(actor)).filter((job) => job.name === row.name);
    expect(listed?.lastSummary).toBe(row.lastSummary);
  });

  it("refuses unknown jobs and bad input, changing nothing", async () => {
    const db = await getPrisma();
    const before = await db.scheduledJob.count();
    await expect(runScheduledJobNow(lead(), { name: "no.such.job" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(runScheduledJobNow(lead(), { name: "" })).rejects.toThrow();
    await expect(runScheduledJobNow(lead(), { name: 42 })).rejects.toThrow();
    await expect(runScheduledJobNow(lead(), null)).rejects.toThrow();
    expect(await db.scheduledJob.count()).toBe(before);
  });

  it("refuses a job that another scheduler is running now", async () => {
    const db = await getPrisma();
    await runScheduledJobNow(lead(), { name: "housekeeping.outbox_links" });
    await db.scheduledJob.update({
      where: { name: "housekeeping.outbox_links" },
      data: { leaseOwner: "elsewhere", leaseExpiresAt: new Date(Date.now() + 600_000) },
    });

    await expect(
      runScheduledJobNow(lead(), { name: "housekeeping.outbox_links" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [listed] = (await listJobs(lead())).filter(
      (job) => job.name === "housekeeping.outbox_links",
    );
    expect(listed?.running).toBe(true);
  });

  it("is refused to members and organisation admins", async () => {
    await expect(
      runScheduledJobNow(memberOf(crypto.randomUUID()), { name: "housekeeping.rate_limits" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
