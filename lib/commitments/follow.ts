import "server-only";

import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db/types";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

import type { CommitmentLinkKind } from "./labels";
import type { CommitmentLink } from "./schemas";

// A commitment linked to the record that proves it follows that record: done once the record is
// (a signed, active agreement; a submitted or validated assessment; a published pathway; a fully
// digital flow). Overdue and not done is at risk.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of `now`'s day: due dates are days, and a commitment due today is not overdue. */
export const startOfDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

/** Whether the record a commitment links to counts as the commitment kept; null if it is gone. */
export async function isRecordDone(
  db: DbTransaction,
  { kind, id }: CommitmentLink,
): Promise<boolean | null> {
  switch (kind) {
    case "agreement": {
      const record = await db.agreement.findUnique({ where: { id }, select: { status: true } });
      return record ? record.status === "ACTIVE" : null;
    }
    case "assessment": {
      const record = await db.assessment.findUnique({ where: { id }, select: { status: true } });
      return record ? record.status === "SUBMITTED" || record.status === "VALIDATED" : null;
    }
    case "pathway": {
      const record = await db.pathway.findUnique({ where: { id }, select: { status: true } });
      return record ? record.status === "PUBLISHED" : null;
    }
    case "flow": {
      const record = await db.informationFlow.findUnique({
        where: { id },
        select: { currentState: true },
      });
      return record ? record.currentState === "FULLY_DIGITAL" : null;
    }
  }
}

/**
 * The status a commitment should have. `done` is whether its record proves it kept (null when it
 * has no record). Dropped stays dropped and done stays done: a promise kept stays kept when its
 * record later moves on (an agreement that expires, an assessment returned for a fix).
 */
export function followedStatus(
  commitment: { status: CommitmentStatus; dueOn: Date },
  done: boolean | null,
  now: Date,
): CommitmentStatus {
  if (commitment.status === "DROPPED") return "DROPPED";
  if (done === true) return "DONE";
  if (commitment.status === "DONE") return "DONE";
  if (commitment.dueOn < startOfDay(now)) return "AT_RISK";
  return commitment.status;
}

const linkColumn: Record<
  CommitmentLinkKind,
  "agreementId" | "assessmentId" | "pathwayId" | "flowId"
> = {
  agreement: "agreementId",
  assessment: "assessmentId",
  pathway: "pathwayId",
  flow: "flowId",
};

/** The column a link is kept in and its value, for writing a commitment. */
export function linkColumns(link: CommitmentLink | null) {
  return {
    agreementId: link?.kind === "agreement" ? link.id : null,
    assessmentId: link?.kind === "assessment" ? link.id : null,
    pathwayId: link?.kind === "pathway" ? link.id : null,
    flowId: link?.kind === "flow" ? link.id : null,
  };
}

/**
 * Brings every commitment linked to a record into line with it. Call it in the transaction that
 * changes the record's state, so the two never disagree. Each change is audited.
 */
export async function followRecord(
  tx: DbTransaction,
  record: CommitmentLink,
  now = new Date(),
): Promise<number> {
  const linked = await tx.commitment.findMany({
    where: { [linkColumn[record.kind]]: record.id, status: { not: "DROPPED" } },
    select: { id: true, status: true, dueOn: true, organisationId: true },
  });
  if (linked.length === 0) return 0;
  const done = await isRecordDone(tx, record);
  const changed = linked
    .map((commitment) => ({ commitment, status: followedStatus(commitment, done, now) }))
    .filter(({ commitment, status }) => status !== commitment.status);
  for (const { commitment, status } of changed) {
    await tx.commitment.update({
      where: { id: commitment.id },
      data: {
        status,
        completedAt: status === "DONE" ? now : null,
        version: { increment: 1 },
      },
    });
  }
  await recordAuditEvents(
    tx,
    {},
    changed.map(({ commitment, status }) => ({
      action: "commitment.status_followed",
      entityType: "Commitment",
      entityId: commitment.id,
      actingOrganisationId: commitment.organisationId,
      before: { status: commitment.status },
      after: { status, record: record.kind, recordId: record.id },
    })),
  );
  return changed.length;
}
