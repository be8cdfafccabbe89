import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { followRecord } from "@/lib/commitments/follow";

import { maturityPolicy } from "../policy";
import { assessmentVersionSchema, returnSchema } from "../schemas";
import { roundClosedBecause } from "./answers-locked";
import { guardAssessmentIds, lockAssessment, requireVersion } from "./lock-assessment";

const cannotReview = () =>
  new AppError("FORBIDDEN", "Only programme leads return and validate assessments.");
const notSubmitted = () =>
  new AppError(
    "CONFLICT",
    "Only a submitted assessment can be returned or validated, and this one is not submitted.",
  );

/**
 * Returns a submitted assessment to its organisation with the lead's comments, so that they can
 * change answers and submit again. Its kept scores go until then. Leads only, while the round is
 * open (after it closes, answers cannot change).
 */
export async function returnAssessment(
  actor: Actor,
  assessmentId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ version: number }> {
  guardAssessmentIds(assessmentId);
  const { comment, version } = returnSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, actor, assessmentId);
    if (!maturityPolicy.canManage(actor)) throw cannotReview();
    requireVersion(assessment, version);
    if (assessment.status !== "SUBMITTED") throw notSubmitted();
    const closed = roundClosedBecause(assessment.round);
    if (closed) {
      throw new AppError("CONFLICT", `${closed} It can be validated but not returned.`);
    }
    await tx.assessmentScore.deleteMany({ where: { assessmentId } });
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { status: "RETURNED", returnComment: comment, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, actorContext(actor, context, assessment.organisationId), {
      action: "maturity_assessment.returned",
      entityType: "Assessment",
      entityId: assessmentId,
      before: { status: "SUBMITTED" },
      after: { status: "RETURNED", comment },
    });
    return { version: version + 1 };
  });
}

/** Validates a submitted assessment: its answers and scores stand. Leads only. */
export async function validateAssessment(
  actor: Actor,
  assessmentId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ version: number }> {
  guardAssessmentIds(assessmentId);
  const { version } = assessmentVersionSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, actor, assessmentId);
    if (!maturityPolicy.canManage(actor)) throw cannotReview();
    requireVersion(assessment, version);
    if (assessment.status !== "SUBMITTED") throw notSubmitted();
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { status: "VALIDATED", validatedAt: new Date(), version: { increment: 1 } },
    });
    await followRecord(tx, { kind: "assessment", id: assessmentId });
    await recordAuditEvent(tx, actorContext(actor, context, assessment.organisationId), {
      action: "maturity_assessment.validated",
      entityType: "Assessment",
      entityId: assessmentId,
      before: { status: "SUBMITTED" },
      after: { status: "VALIDATED" },
    });
    return { version: version + 1 };
  });
}
