import type { DbClient } from "@/lib/db/types";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { storeAssessmentScores } from "@/lib/maturity/store-scores";

import { answerQuestions, type FrameworkFixture, levelDescriptors } from "./maturity-factories";

// Answered, submitted and scored assessments, for tests of what results read.

/**
 * Answers every question of each dimension with that dimension's level (or "n/a"), stores the
 * scores as submitting does, and leaves the assessment in `status`.
 */
export async function completeAssessment(
  prisma: DbClient,
  framework: Pick<FrameworkFixture, "dimensions">,
  assessmentId: string,
  levels: (number | "n/a")[],
  status: AssessmentStatus = "SUBMITTED",
) {
  const questionIds = framework.dimensions.flatMap((dimension) => dimension.questionIds);
  const levelOf = new Map(
    framework.dimensions.flatMap((dimension, index) =>
      dimension.questionIds.map((id) => [id, levels[index] ?? 3] as const),
    ),
  );
  await answerQuestions(prisma, assessmentId, questionIds, (id) => levelOf.get(id) ?? 3);
  await prisma.$transaction(async (tx) => {
    await storeAssessmentScores(tx, assessmentId);
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { status, submittedAt: new Date() },
    });
  });
}

/**
 * A next version of a framework: the same dimension keys under new names, in reverse order, plus
 * `extraKeys` new dimensions; one question each.
 */
export async function createNextVersion(
  prisma: DbClient,
  framework: FrameworkFixture,
  number: number,
  extraKeys: string[] = [],
): Promise<FrameworkFixture> {
  const version = await prisma.frameworkVersion.create({
    data: { frameworkId: framework.frameworkId, number },
  });
  const keys = [...framework.dimensions.map((dimension) => dimension.key).reverse(), ...extraKeys];
  const dimensions: FrameworkFixture["dimensions"] = [];
  for (const [position, key] of keys.entries()) {
    const dimension = await prisma.frameworkDimension.create({
      data: { versionId: version.id, key, name: `${key} (v${number})`, position },
    });
    const question = await prisma.frameworkQuestion.create({
      data: {
        versionId: version.id,
        dimensionId: dimension.id,
        key: `${key}-question`,
        text: `A question on ${key}?`,
        levels: levelDescriptors(key),
        position: 0,
      },
    });
    dimensions.push({ id: dimension.id, key, name: dimension.name, questionIds: [question.id] });
  }
  return {
    frameworkId: framework.frameworkId,
    versionId: version.id,
    dimensions,
    questionIds: dimensions.flatMap((dimension) => dimension.questionIds),
  };
}
