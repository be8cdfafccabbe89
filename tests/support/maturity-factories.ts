import type { DbClient } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type { AssessmentStatus, OrganisationType } from "@/lib/generated/prisma/enums";

// Frameworks, rounds and answers made directly in the database, for tests of what reads them.
const unique = () => randomUUID().slice(0, 8);

export const levelDescriptors = (subject: string) =>
  [1, 2, 3, 4, 5].map((level) => `${subject}: what level ${level} looks like`);

export interface FrameworkFixture {
  frameworkId: string;
  versionId: string;
  dimensions: { id: string; key: string; name: string; questionIds: string[] }[];
  questionIds: string[];
}

/** A framework with one version of `dimensions` dimensions of `questions` questions each. */
export async function createFramework(
  prisma: DbClient,
  options: {
    dimensions?: number;
    questions?: number;
    allowNotApplicable?: boolean;
    appliesTo?: OrganisationType[];
    name?: string;
  } = {},
): Promise<FrameworkFixture> {
  const framework = await prisma.maturityFramework.create({
    data: {
      name: options.name ?? `Framework ${unique()}`,
      description: "How ready organisations are to share care information",
      versions: { create: { number: 1 } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  const versionId = framework.versions[0]?.id as string;
  const dimensions: FrameworkFixture["dimensions"] = [];
  for (let d = 0; d < (options.dimensions ?? 3); d += 1) {
    const dimension = await prisma.frameworkDimension.create({
      data: { versionId, key: `dimension-${d + 1}`, name: `Dimension ${d + 1}`, position: d },
    });
    const count = options.questions ?? 2;
    await prisma.frameworkQuestion.createMany({
      data: Array.from({ length: count }, (_, q) => ({
        versionId,
        dimensionId: dimension.id,
        key: `dimension-${d + 1}-question-${q + 1}`,
        text: `Question ${q + 1} of dimension ${d + 1}?`,
        levels: levelDescriptors(`D${d + 1}Q${q + 1}`),
        allowNotApplicable: options.allowNotApplicable ?? false,
        appliesTo: options.appliesTo ?? [],
        position: q,
      })),
    });
    const questions = await prisma.frameworkQuestion.findMany({
      where: { dimensionId: dimension.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    dimensions.push({
      id: dimension.id,
      key: dimension.key,
      name: dimension.name,
      questionIds: questions.map((question) => question.id),
    });
  }
  return {
    frameworkId: framework.id,
    versionId,
    dimensions,
    questionIds: dimensions.flatMap((dimension) => dimension.questionIds),
  };
}

const day = (offset: number) => {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + offset);
  return date;
};

/** A round over a framework version with an assessment for each organisation; open today. */
export async function createRound(
  prisma: DbClient,
  options: {
    versionId: string;
    organisationIds: string[];
    opensInDays?: number;
    closesInDays?: number;
    name?: string;
    status?: AssessmentStatus;
  },
) {
  return prisma.assessmentRound.create({
    data: {
      name: options.name ?? `Round ${unique()}`,
      frameworkVersionId: options.versionId,
      opensOn: day(options.opensInDays ?? -7),
      closesOn: day(options.closesInDays ?? 30),
      assessments: {
        create: options.organisationIds.map((organisationId) => ({
          organisationId,
          status: options.status ?? "NOT_STARTED",
        })),
      },
    },
    select: {
      id: true,
      assessments: { select: { id: true, organisationId: true } },
    },
  });
}

/** Answers every given question with the level `levelOf` picks. */
export async function answerQuestions(
  prisma: DbClient,
  assessmentId: string,
  questionIds: string[],
  levelOf: (questionId: string, index: number) => number | "n/a",
) {
  await prisma.assessmentAnswer.createMany({
    data: questionIds.map((questionId, index) => {
      const level = levelOf(questionId, index);
      return level === "n/a"
        ? { assessmentId, questionId, level: null, notApplicable: true }
        : { assessmentId, questionId, level };
    }),
  });
}
