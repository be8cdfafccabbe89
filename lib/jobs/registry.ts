import "server-only";

import { expireAgreements } from "@/lib/agreements/expiry";
import { sendAgreementReminders } from "@/lib/agreements/reminders";
import { runCommitmentsDaily } from "@/lib/commitments/daily";
import { takeProgrammeSnapshot } from "@/lib/dashboard/snapshots";
import type { DbClient } from "@/lib/db/types";
import { sendForumDigests } from "@/lib/forums/digests/send-digests";

import {
  clearDeadLinks,
  clearExpiredRateLimits,
  clearOutboxLinks,
} from "./housekeeping/clear-expired-records";
import { assertValidSchedule, type Schedule } from "./schedule";

/**
 * One scheduled job. The handler gets the process's Prisma client and the time the run is for,
 * and answers what it did in a sentence (shown on /admin/jobs). It runs outside the transaction
 * that claimed it: it opens its own transactions for what must change together.
 */
export interface JobDefinition {
  /** Unique and stable: the job's row in scheduled_jobs is keyed by it. */
  name: string;
  /** What the job does, for the jobs page. */
  description: string;
  schedule: Schedule;
  /**
   * How long a run may take before its lease expires and another scheduler may take the job
   * over (a process that crashed mid-run never finishes it). Default 10 minutes.
   */
  leaseMinutes?: number;
  handler: (db: DbClient, now: Date) => Promise<string>;
}

/**
 * Every scheduled job, run by lib/jobs/run-due-jobs.ts on every app process's ticker and by
 * `npm run jobs:run-due`. The lease guarantees that one scheduler at a time runs a job, and that a
 * job whose process crashed is taken over once its lease expires: so a job may, rarely, run again
 * after a crash part-way through. A job whose effects must never repeat (a reminder, a digest, an
 * email) therefore also keys each effect: a unique key per reminder (such as agreement, kind and
 * date), a notification's dedupe key (lib/notifications/notify.ts), so that a second run finds it
 * done and does nothing. Housekeeping that deletes or clears what has expired may simply run again.
 *
 * Add a domain's jobs here, with a handler in lib/<domain>/.
 */
export const jobRegistry: readonly JobDefinition[] = [
  {
    name: "housekeeping.rate_limits",
    description: "Removes sign-in and password-reset limit counts whose window has passed.",
    schedule: { every: "minutes", minutes: 60 },
    handler: clearExpiredRateLimits,
  },
  {
    name: "housekeeping.dead_links",
    description:
      "Removes invitations never accepted whose link died over 30 days ago, and password-reset links used or expired over a day ago.",
    schedule: { every: "day", at: "03:10" },
    handler: clearDeadLinks,
  },
  {
    name: "housekeeping.outbox_links",
    description:
      "Clears the one-time link of emails a mail server has taken, or whose link has expired.",
    schedule: { every: "minutes", minutes: 60 },
    handler: clearOutboxLinks,
  },
  {
    name: "agreements.calendar",
    description:
      "Marks active data sharing agreements past their review date as due for review, and expires those past their end date (audited).",
    schedule: { every: "day", at: "00:15" },
    handler: async (db, now) => {
      const { expired, reviewDue } = await expireAgreements(db, now);
      return `${expired} expired, ${reviewDue} now due for review.`;
    },
  },
  {
    name: "agreements.reminders",
    description:
      "Reminds the parties' signatories and the programme leads 90 and 30 days before an agreement's review date and when it has expired, in the app and by email.",
    schedule: { every: "day", at: "07:30" },
    handler: async (db, now) => {
      const { sent, emails } = await sendAgreementReminders(db, now);
      return `${sent} reminders sent, in ${emails} emails.`;
    },
  },
  {
    name: "forums.digest",
    description:
      "Emails each person who chose one their daily forum digest, or on Mondays their weekly one: new topics and popular posts they may read, never an empty one.",
    schedule: { every: "day", at: "07:00" },
    handler: async (db, now) => {
      const { sent } = await sendForumDigests(db, now);
      return `${sent} digests sent.`;
    },
  },
  {
    name: "commitments.daily",
    description:
      "Marks overdue commitments that are not kept as at risk (audited), and reminds their owners and the organisation's admins 14 and 3 days before the due date and once it has passed, in the app and by email.",
    schedule: { every: "day", at: "07:45" },
    handler: runCommitmentsDaily,
  },
  {
    name: "programme.snapshot",
    description:
      "Keeps the programme dashboard's figures for the month just ended (overall, by place and by type of organisation), once, for the trends.",
    schedule: { every: "day", at: "00:45" },
    leaseMinutes: 30,
    handler: takeProgrammeSnapshot,
  },
];

for (const job of jobRegistry) assertValidSchedule(job.schedule);

export function findJob(
  name: string,
  registry: readonly JobDefinition[] = jobRegistry,
): JobDefinition | undefined {
  return registry.find((job) => job.name === name);
}
