import "server-only";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbClient } from "@/lib/db/types";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

// Agreements move on with the calendar: past their end date they expire, and active ones past
// their review date become due for review. Each change is made only if the agreement is still in
// the status it was read in, so two runs at once change (and audit) it once. A scheduler calls
// this; it decides nothing about when.

const dayOf = (moment: Date) => new Date(moment.toISOString().slice(0, 10));

/** Expires and marks for review what the date calls for. */
export async function expireAgreements(
  db: DbClient,
  now: Date,
): Promise<{ expired: number; reviewDue: number }> {
  const today = dayOf(now);
  const [ending, reviewing] = await Promise.all([
    db.agreement.findMany({
      where: { status: { in: ["ACTIVE", "REVIEW_DUE"] }, endDate: { lt: today } },
      select: { id: true, status: true },
    }),
    db.agreement.findMany({
      where: {
        status: "ACTIVE",
        reviewDate: { lte: today },
        OR: [{ endDate: null }, { endDate: { gte: today } }],
      },
      select: { id: true, status: true },
    }),
  ]);

  const move = async (
    agreement: { id: string; status: AgreementStatus },
    status: AgreementStatus,
    action: string,
  ) =>
    db.$transaction(async (tx) => {
      const { count } = await tx.agreement.updateMany({
        where: { id: agreement.id, status: agreement.status },
        data: { status },
      });
      if (count === 0) return false;
      await recordAuditEvent(
        tx,
        {},
        {
          action,
          entityType: "Agreement",
          entityId: agreement.id,
          before: { status: agreement.status },
          after: { status },
        },
      );
      return true;
    });

  let expired = 0;
  for (const agreement of ending) {
    if (await move(agreement, "EXPIRED", "agreement.expired")) expired += 1;
  }
  let reviewDue = 0;
  for (const agreement of reviewing) {
    if (await move(agreement, "REVIEW_DUE", "agreement.review_due")) reviewDue += 1;
  }
  return { expired, reviewDue };
}
