import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireIds } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";

// How an assessment is found for a change: its ids guarded, locked for the transaction, only by
// those who may see it, and at the version the page showed.

export const assessmentNotFound = () =>
  new AppError("NOT_FOUND", "That assessment does not exist.");
export const staleAssessment = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this assessment since you opened it. Nothing has been changed: reload the page to see where it stands.",
  );

/** Throws NOT_FOUND unless each id could name a record. */
export const guardAssessmentIds = (...ids: string[]): void => requireIds(ids, assessmentNotFound);

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
  tx: DbTransaction,
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
