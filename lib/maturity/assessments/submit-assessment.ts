import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { followRecord } from "@/lib/commitments/follow";

import { readFrameworkContent } from "../framework-content";
import { maturityPolicy } from "../policy";
import { assessmentVersionSchema } from "../schemas";
import { storeAssessmentScores } from "../store-scores";
import { roundClosedBecause } from "./answers-locked";
import { guardAssessmentIds, lockAssessment, requireVersion } from "./lock-assessment";

/**
 * Submits a complete assessment: its scores are worked out and kept in the same transaction.
 * The organisation's admins only, while the round is open. An incomplete one is refused with
 * every missing question, dimension by dimension (field errors keyed by dimension id).
 */
export async function submitAssessment(
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
    if (!maturityPolicy.canSubmit(actor, assessment.organisationId)) {
      throw new AppError("FORBIDDEN", "Only the organisation's admins submit its assessment.");
    }
    requireVersion(assessment, version);
    if (assessment.status === "SUBMITTED" || assessment.status === "VALIDATED") {
      throw new AppError("CONFLICT", "This assessment has already been submitted.");
    }
    const closed = roundClosedBecause(assessment.round);
    if (closed) throw new AppError("CONFLICT", closed);

    // Scored and stored first; an incomplete assessment throws, which undoes the scores too.
    const scores = await storeAssessmentScores(tx, assessmentId);
    if (!scores.complete) {
      const content = await readFrameworkContent(tx, assessment.round.frameworkVersionId);
      const textOf = new Map(content?.questions.map((question) => [question.id, question.text]));
      const missing = scores.dimensions.filter((dimension) => dimension.missing.length > 0);
      const count = scores.questions - scores.answered;
      throw new AppError(
        "VALIDATION",
        `Answer every question before submitting: ${count} ${count === 1 ? "question has" : "questions have"} no answer yet.`,
        Object.fromEntries(
          missing.map((dimension) => [
            dimension.dimensionId,
            dimension.missing.map((questionId) => textOf.get(questionId) ?? questionId),
          ]),
        ),
      );
    }
    await tx.assessment.update({
      where: { id: assessmentId },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        submittedById: actor.userId,
        version: { increment: 1 },
      },
    });
    // Commitments to complete it follow it, in the same transaction.
    await followRecord(tx, { kind: "assessment", id: assessmentId });
    await recordAuditEvent(tx, actorContext(actor, context, assessment.organisationId), {
      action: "maturity_assessment.submitted",
      entityType: "Assessment",
      entityId: assessmentId,
      before: { status: assessment.status },
      after: {
        status: "SUBMITTED",
        scores: Object.fromEntries(
          scores.dimensions.map((dimension) => [dimension.key, dimension.score]),
        ),
      },
    });
    return { version: version + 1 };
  });
}
