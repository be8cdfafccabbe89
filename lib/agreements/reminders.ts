import "server-only";

import type { DbClient } from "@/lib/db/types";
import type { AgreementReminderKind } from "@/lib/generated/prisma/enums";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { notify } from "@/lib/notifications/notify";

// Review reminders: 90 and 30 days before an agreement's review date, and once it has passed its
// end date, to the parties' signatories and the programme leads, in the app and by email as each chose.
// Each reminder is first claimed as a row of AgreementReminder, whose unique key (agreement, kind,
// date) lets only one run, in one process or many, claim it: the emails go in the same
// transaction, so a claim never stands without its emails nor the emails without the claim. A
// scheduler calls this; it decides nothing about when.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a moment's day: dates in the database are days. */
const dayOf = (moment: Date) => new Date(moment.toISOString().slice(0, 10));
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);
const longDate = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

interface Due {
  agreementId: string;
  kind: AgreementReminderKind;
  forDate: Date;
}

/** Which reminder an agreement is due today, if any: the nearest one wins. */
function dueReminder(
  agreement: { id: string; status: string; reviewDate: Date | null; endDate: Date | null },
  today: Date,
): Due | null {
  if (agreement.endDate && agreement.endDate < today) {
    return { agreementId: agreement.id, kind: "EXPIRED", forDate: agreement.endDate };
  }
  if (agreement.status === "EXPIRED" || !agreement.reviewDate) return null;
  const days = daysBetween(today, agreement.reviewDate);
  if (days < 0 || days > 90) return null;
  return {
    agreementId: agreement.id,
    kind: days <= 30 ? "REVIEW_IN_30_DAYS" : "REVIEW_IN_90_DAYS",
    forDate: agreement.reviewDate,
  };
}

const subjectOf = (kind: AgreementReminderKind, reference: string) =>
  kind === "EXPIRED"
    ? `Data sharing agreement ${reference} has expired`
    : `Data sharing agreement ${reference} is due for review`;

function bodyOf(
  kind: AgreementReminderKind,
  agreement: { reference: string; title: string; reviewDate: Date | null; endDate: Date | null },
  today: Date,
): string {
  const opening =
    kind === "EXPIRED" && agreement.endDate
      ? `The data sharing agreement ${agreement.reference}, "${agreement.title}", ended on ${longDate(agreement.endDate)}. The flows it covered are no longer covered until a new agreement is signed.`
      : `The data sharing agreement ${agreement.reference}, "${agreement.title}", is due for review on ${longDate(agreement.reviewDate ?? today)}, in ${daysBetween(today, agreement.reviewDate ?? today)} days.`;
  return [
    opening,
    "",
    "You get this as a signatory of one of its parties, or as a programme lead of the coalition.",
  ].join("\n");
}

/**
 * Sends the reminders due on `now`'s day that no run has sent yet. Returns how many reminders
 * (not emails) it sent.
 */
export async function sendAgreementReminders(
  db: DbClient,
  now: Date,
): Promise<{ sent: number; emails: number }> {
  const today = dayOf(now);
  const horizon = new Date(today.getTime() + 90 * DAY_MS);
  const candidates = await db.agreement.findMany({
    where: {
      OR: [
        { status: { in: ["ACTIVE", "REVIEW_DUE"] }, reviewDate: { gte: today, lte: horizon } },
        { status: { in: ["ACTIVE", "REVIEW_DUE", "EXPIRED"] }, endDate: { lt: today } },
      ],
    },
    select: {
      id: true,
      status: true,
      reference: true,
      title: true,
      reviewDate: true,
      endDate: true,
    },
  });
  const due = candidates.flatMap((agreement) => {
    const reminder = dueReminder(agreement, today);
    return reminder ? [{ agreement, reminder }] : [];
  });
  if (due.length === 0) return { sent: 0, emails: 0 };

  const [leads, signatories] = await Promise.all([
    db.user.findMany({
      where: { role: { in: ["PROGRAMME_LEAD"] }, disabledAt: null },
      select: { id: true },
    }),
    db.agreementParty.findMany({
      where: {
        agreementId: { in: due.map(({ agreement }) => agreement.id) },
        signatory: { disabledAt: null },
      },
      select: { agreementId: true, signatoryId: true },
    }),
  ]);

  let sent = 0;
  let emails = 0;
  const outbox: string[] = [];
  for (const { agreement, reminder } of due) {
    const recipients = [
      ...signatories
        .filter((party) => party.agreementId === agreement.id && party.signatoryId)
        .map((party) => party.signatoryId as string),
      ...leads.map((lead) => lead.id),
    ];
    const queued = await db.$transaction(async (tx) => {
      const claimed = await tx.agreementReminder.createMany({
        data: [reminder],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null;
      // In the app (the bell) and by email, as each person chose.
      return notify(tx, {
        userIds: recipients,
        kind: reminder.kind === "EXPIRED" ? "agreement.expired" : "agreement.review_due",
        title: subjectOf(reminder.kind, agreement.reference),
        body: bodyOf(reminder.kind, agreement, today),
        href: `/agreements/${agreement.id}`,
        dedupeKey: `agreement:${agreement.id}:${reminder.kind}:${reminder.forDate.toISOString().slice(0, 10)}`,
        email: true,
      });
    });
    if (queued === null) continue;
    sent += 1;
    emails += queued.outboxMessageIds.length;
    outbox.push(...queued.outboxMessageIds);
  }
  await deliverOutboxMessages(outbox);
  return { sent, emails };
}
