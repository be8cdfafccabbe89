import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { AssessmentStatus, Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/organisations/profile-records";

import { formatDay } from "../labels";
import { maturityPolicy } from "../policy";
import { roundPhase } from "../rounds/phase";

// What the assessment functions share: their errors, when answers may change, and how an
// assessment is found for a change (locked, and only by those who may see it).

export const assessmentNotFound = () =>
  new AppError("NOT_FOUND", "That assessment does not exist.");
export const staleAssessment = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this assessment since you opened it. Nothing has been changed: reload the page to see where it stands.",
  );

/** Throws NOT_FOUND unless each id could name a record. */
export function guardAssessmentIds(...ids: string[]): void {
  if (!ids.every(isId)) throw assessmentNotFound();
}

export const organisationContext = (
  actor: Actor,
  organisationId: string,
  context: AuditContext,
): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  actingOrganisationId: organisationId,
  ...context,
});

interface RoundDays {
  opensOn: Date;
  closesOn: Date;
}

/**
 * Why answers cannot change now (the round's days, the assessment's status), or null if they can.
 * Said to the organisation's people by default; a programme lead (`reader: "lead"`) is told what
 * they can do about it themselves instead.
 */
export function answersLockedBecause(
  status: AssessmentStatus,
  round: RoundDays,
  reader: "organisation" | "lead" = "organisation",
): string | null {
  if (status === "SUBMITTED" && reader === "lead") {
    return roundPhase(round) === "open"
      ? "Submitted answers cannot be changed. Return the assessment with comments if the organisation should change them, or validate it."
      : "Submitted answers cannot be changed. The round has closed, so the assessment can be validated but no longer returned.";
  }
  if (status === "SUBMITTED") {
    return "Submitted answers cannot be changed. Ask the programme lead to return the assessment if something needs to change.";
  }
  if (status === "VALIDATED") {
    return "Submitted answers cannot be changed: this assessment has been validated.";
  }
  return roundClosedBecause(round);
}

/** Why the round takes no answers today, or null when it is open. */
export function roundClosedBecause(round: RoundDays): string | null {
  const phase = roundPhase(round);
  if (phase === "closed") {
    return `The round closed on ${formatDay(round.closesOn)}: answers are read-only.`;
  }
  if (phase === "upcoming") {
    return `The round opens on ${formatDay(round.opensOn)}: answers can be given from then.`;
  }
  return null;
}

const forChange = {
  id: true,
  organisationId: true,
  status: true,
  version: true,
  organisation: { select: { name: true, type: true } },
  round: {
    select: { id: true, name: true, opensOn: true, closesOn: true, frameworkVersionId: true },
  },
} as const satisfies Prisma.AssessmentSelect;

export type AssessmentForChange = Prisma.AssessmentGetPayload<{ select: typeof forChange }>;

/**
 * Locks an assessment for the rest of the transaction and reads what a change needs. Those who
 * may not see it (another organisation's people) get NOT_FOUND, as if it did not exist.
 */
export async function lockAssessment(
  tx: Prisma.TransactionClient,
  actor: Actor,
  assessmentId: string,
): Promise<AssessmentForChange> {
  await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${assessmentId}::uuid FOR UPDATE`;
  const assessment = await tx.assessment.findUnique({
    where: { id: assessmentId },
    select: forChange,
  });
  if (!assessment || !maturityPolicy.canReadAssessment(actor, assessment.organisationId)) {
    throw assessmentNotFound();
  }
  return assessment;
}

/** Refuses a change of state when the assessment is not at the version the page showed. */
export function requireVersion(assessment: { version: number }, version: number): void {
  if (assessment.version !== version) throw staleAssessment();
}
