import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { readFrameworkContent } from "./framework-content";
import { type AssessmentScores, scoreAssessment } from "./scores";

/**
 * Works out an assessment's dimension scores and keeps them, replacing any kept before. Call it
 * inside the transaction that submits the assessment, so results never disagree with answers.
 */
export async function storeAssessmentScores(
  tx: DbTransaction,
  assessmentId: string,
): Promise<AssessmentScores> {
  const assessment = await tx.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      organisation: { select: { type: true } },
      round: { select: { frameworkVersionId: true } },
      answers: { select: { questionId: true, level: true, notApplicable: true } },
    },
  });
  const content = await readFrameworkContent(tx, assessment.round.frameworkVersionId);
  if (!content) throw new Error(`Assessment ${assessmentId} has no framework version`);
  const scores = scoreAssessment({
    dimensions: content.dimensions,
    questions: content.questions,
    answers: assessment.answers,
    organisationType: assessment.organisation.type,
  });
  await tx.assessmentScore.deleteMany({ where: { assessmentId } });
  await tx.assessmentScore.createMany({
    data: scores.dimensions.map((dimension) => ({
      assessmentId,
      dimensionId: dimension.dimensionId,
      score: dimension.score,
    })),
  });
  return scores;
}
