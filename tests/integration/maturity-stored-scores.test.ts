import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { storeAssessmentScores } from "@/lib/maturity/store-scores";

import { createOrganisation } from "../support/factories";
import { answerQuestions, createFramework, createRound } from "../support/maturity-factories";

describe("stored assessment scores", () => {
  it("keeps each dimension's score as the scoring function gives it, replacing earlier ones", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma, { type: "CARE_HOME" });
    const framework = await createFramework(prisma, {
      dimensions: 2,
      questions: 3,
      allowNotApplicable: true,
    });
    const round = await createRound(prisma, {
      versionId: framework.versionId,
      organisationIds: [organisation.id],
    });
    const assessmentId = round.assessments[0]?.id as string;
    const [first, second] = framework.dimensions;
    await answerQuestions(
      prisma,
      assessmentId,
      first?.questionIds ?? [],
      (_, index) => [2, 3, 3][index] as number,
    );
    await answerQuestions(prisma, assessmentId, second?.questionIds ?? [], () => "n/a");

    const scores = await prisma.$transaction((tx) => storeAssessmentScores(tx, assessmentId));
    expect(scores.complete).toBe(true);

    const stored = async () =>
      new Map(
        (await prisma.assessmentScore.findMany({ where: { assessmentId } })).map((row) => [
          row.dimensionId,
          row.score,
        ]),
      );
    expect(await stored()).toEqual(
      new Map([
        [first?.id, 2.7],
        [second?.id, null],
      ]),
    );

    await prisma.assessmentAnswer.updateMany({
      where: { assessmentId, questionId: first?.questionIds[0] as string },
      data: { level: 5 },
    });
    await prisma.$transaction((tx) => storeAssessmentScores(tx, assessmentId));
    expect((await stored()).get(first?.id as string)).toBe(3.7);
    expect(await prisma.assessmentScore.count({ where: { assessmentId } })).toBe(2);
  });

  it("refuses a score the database cannot hold on the 1 to 5 scale", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma);
    const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
    const round = await createRound(prisma, {
      versionId: framework.versionId,
      organisationIds: [organisation.id],
    });
    const assessmentId = round.assessments[0]?.id as string;
    await expect(
      prisma.assessmentAnswer.create({
        data: { assessmentId, questionId: framework.questionIds[0] as string, level: 6 },
      }),
    ).rejects.toThrow();
    await expect(
      prisma.assessmentScore.create({
        data: { assessmentId, dimensionId: framework.dimensions[0]?.id as string, score: 0.5 },
      }),
    ).rejects.toThrow();
    expect(await prisma.assessmentAnswer.count({ where: { assessmentId } })).toBe(0);
  });
});

describe("framework questions", () => {
  it("read back the organisation types they apply to as a list", async () => {
    const prisma = await getPrisma();
    const framework = await createFramework(prisma, {
      dimensions: 1,
      questions: 1,
      appliesTo: ["CARE_HOME", "HOSPICE"],
    });
    const question = await prisma.frameworkQuestion.findUniqueOrThrow({
      where: { id: framework.questionIds[0] as string },
      select: { appliesTo: true, levels: true },
    });
    expect(question.appliesTo).toEqual(["CARE_HOME", "HOSPICE"]);
    expect(question.levels).toHaveLength(5);
    expect(
      await prisma.frameworkQuestion.count({
        where: { id: framework.questionIds[0] as string, appliesTo: { has: "HOSPICE" } },
      }),
    ).toBe(1);
  });
});
