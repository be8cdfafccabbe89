import "server-only";

import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import type { DbClient } from "@/lib/db/types";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { notify } from "@/lib/notifications/notify";

import { addDays, startOfDay } from "./follow";

// The commitments' daily round: overdue commitments not kept turn at risk (audited), and owners
// and the organisation's admins are reminded 14 and 3 days before the due date and once it has
// passed, in the app and by email. Every reminder has a dedupe key per person, so a second run or
// a second scheduler sends nothing again.

const DAY_MS = 24 * 60 * 60 * 1000;
const OPEN_STATUSES = ["OPEN", "IN_PROGRESS", "AT_RISK"] as const;
/** Overdue reminders still go out this many days late, if no run sent them on the day. */
const OVERDUE_CATCH_UP_DAYS = 7;

type ReminderKind = "due_in_14_days" | "due_in_3_days" | "overdue";

const longDate = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** The reminder a commitment due on `dueOn` is owed today, if any: the nearest one wins. */
export function reminderDue(dueOn: Date, today: Date): ReminderKind | null {
  const days = Math.round((dueOn.getTime() - today.getTime()) / DAY_MS);
  if (days < -OVERDUE_CATCH_UP_DAYS) return null;
  if (days < 0) return "overdue";
  if (days <= 3) return "due_in_3_days";
  if (days <= 14) return "due_in_14_days";
  return null;
}

/**
 * Turns overdue commitments that are not kept to at risk, each change audited once: only the
 * rows this run changed are audited, so two runs at once do not both record the same change.
 */
export async function markOverdueAtRisk(db: DbClient, now: Date): Promise<number> {
  const today = startOfDay(now);
  return db.$transaction(async (tx) => {
    let changed = 0;
    for (const status of ["OPEN", "IN_PROGRESS"] as const) {
      const rows = await tx.commitment.updateManyAndReturn({
        where: { status, dueOn: { lt: today } },
        data: { status: "AT_RISK", version: { increment: 1 } },
        select: { id: true, organisationId: true },
      });
      await recordAuditEvents(
        tx,
        {},
        rows.map((commitment) => ({
          action: "commitment.at_risk",
          entityType: "Commitment",
          entityId: commitment.id,
          actingOrganisationId: commitment.organisationId,
          before: { status },
          after: { status: "AT_RISK" },
        })),
      );
      changed += rows.length;
    }
    return changed;
  });
}

/** Sends the reminders owed today that no run has sent yet. */
export async function sendCommitmentReminders(
  db: DbClient,
  now: Date,
): Promise<{ sent: number; emails: number }> {
  const today = startOfDay(now);
  const candidates = await db.commitment.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      dueOn: { gte: addDays(today, -OVERDUE_CATCH_UP_DAYS), lte: addDays(today, 14) },
      organisation: { archivedAt: null },
    },
    select: {
      id: true,
      title: true,
      dueOn: true,
      ownerId: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  });
  const admins = await db.membership.findMany({
    where: {
      role: "ORG_ADMIN",
      organisationId: { in: [...new Set(candidates.map((c) => c.organisationId))] },
    },
    select: { organisationId: true, userId: true },
  });
  let sent = 0;
  const outbox: string[] = [];
  for (const commitment of candidates) {
    const kind = reminderDue(commitment.dueOn, today);
    if (!kind) continue;
    const recipients = [
      ...(commitment.ownerId ? [commitment.ownerId] : []),
      ...admins.filter((a) => a.organisationId === commitment.organisationId).map((a) => a.userId),
    ];
    if (recipients.length === 0) continue;
    const due = longDate(commitment.dueOn);
    const title =
      kind === "overdue"
        ? `Commitment overdue: ${commitment.title}`.slice(0, 200)
        : `Commitment due on ${due}: ${commitment.title}`.slice(0, 200);
    const body = [
      kind === "overdue"
        ? `${commitment.organisation.name} committed to "${commitment.title}" by ${due}. It is not done yet and is now at risk.`
        : `${commitment.organisation.name} committed to "${commitment.title}" by ${due}.`,
      "",
      "You get this as the commitment's owner or as an admin of the organisation.",
    ]
      .join("\n")
      .slice(0, 2000);
    const queued = await db.$transaction((tx) =>
      notify(tx, {
        userIds: recipients,
        kind: kind === "overdue" ? "commitment.overdue" : "commitment.due",
        title,
        body,
        href: `/commitments/${commitment.id}`,
        dedupeKey: `commitment:${commitment.id}:${kind}:${commitment.dueOn.toISOString().slice(0, 10)}`,
        email: true,
      }),
    );
    if (queued.notifiedUserIds.length > 0) sent += 1;
    outbox.push(...queued.outboxMessageIds);
  }
  await deliverOutboxMessages(outbox);
  return { sent, emails: outbox.length };
}

/** The daily job: at risk first, so the overdue reminder says what the list says. */
export async function runCommitmentsDaily(db: DbClient, now: Date): Promise<string> {
  const atRisk = await markOverdueAtRisk(db, now);
  const { sent, emails } = await sendCommitmentReminders(db, now);
  return `${atRisk} commitments now at risk; ${sent} reminders sent, in ${emails} emails.`;
}
