import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { readFrameworkContent } from "../framework-content";
import { maturityPolicy } from "../policy";
import { appliesToType } from "../scores";
import { answersLockedBecause } from "./answers-locked";

/**
 * One dimension of an assessment, to answer or read: the questions that apply to the
 * organisation's type with their answers so far, who it is given to, the dimensions before and
 * after it, and whether the actor may answer it now (and if not, why). Null for anyone who may
 * not see the assessment, or no such assessment or dimension.
 */
export async function getAssessmentDimension(
  actor: Actor,
  assessmentId: string,
  dimensionId: string,
) {
  if (!isId(assessmentId) || !isId(dimensionId)) return null;
  const prisma = await getPrisma();
  const assessment = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      status: true,
      organisation: { select: { id: true, name: true, type: true } },
      round: {
        select: { id: true, name: true, opensOn: true, closesOn: true, frameworkVersionId: true },
      },
    },
  });
  if (!assessment || !maturityPolicy.canReadAssessment(actor, assessment.organisation.id)) {
    return null;
  }
  const content = await readFrameworkContent(prisma, assessment.round.frameworkVersionId);
  const index = content?.dimensions.findIndex((dimension) => dimension.id === dimensionId) ?? -1;
  const dimension = content?.dimensions[index];
  if (!content || !dimension) return null;
  const questions = dimension.questions.filter((question) =>
    appliesToType(question, assessment.organisation.type),
  );
  const [answers, assignment] = await Promise.all([
    prisma.assessmentAnswer.findMany({
      where: { assessmentId, questionId: { in: questions.map((question) => question.id) } },
      select: {
        questionId: true,
        level: true,
        notApplicable: true,
        evidence: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
    prisma.sectionAssignment.findUnique({
      where: { assessmentId_dimensionId: { assessmentId, dimensionId } },
      select: { assignee: { select: { id: true, name: true } } },
    }),
  ]);
  const assignee = assignment?.assignee ?? null;
  const lockedBecause = answersLockedBecause(
    assessment.status,
    assessment.round,
    maturityPolicy.canManage(actor) ? "lead" : "organisation",
  );
  const mayAnswer = maturityPolicy.canAnswer(
    actor,
    assessment.organisation.id,
    assignee?.id ?? null,
  );
  const neighbour = (offset: number) => {
    const other = content.dimensions[index + offset];
    return other ? { id: other.id, name: other.name } : null;
  };
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
  return {
    assessment: {
      id: assessment.id,
      status: assessment.status,
      organisation: assessment.organisation,
      round: assessment.round,
    },
    frameworkName: content.frameworkName,
    dimension: {
      id: dimension.id,
      name: dimension.name,
      description: dimension.description,
      position: index + 1,
      of: content.dimensions.length,
    },
    questions: questions.map((question) => ({
      id: question.id,
      text: question.text,
      guidance: question.guidance,
      levels: question.levels,
      allowNotApplicable: question.allowNotApplicable,
      answer: answerOf.get(question.id) ?? null,
    })),
    assignee,
    previous: neighbour(-1),
    next: neighbour(1),
    /** Why the actor cannot answer here, or null when they can. */
    readOnlyBecause:
      lockedBecause ??
      (mayAnswer
        ? null
        : maturityPolicy.canManage(actor)
          ? "Programme leads read the answers; the organisation gives them."
          : assignee
            ? `This section is given to ${assignee.name}: you can read the answers but not change them.`
            : "Your organisation's admins answer this section, or give it to a colleague: you can read the answers but not change them."),
  };
}

export type AssessmentDimensionView = NonNullable<
  Awaited<ReturnType<typeof getAssessmentDimension>>
>;
