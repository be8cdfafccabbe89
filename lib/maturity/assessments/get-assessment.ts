import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { readFrameworkContent } from "../framework-content";
import { maturityPolicy } from "../policy";
import { roundPhase } from "../rounds/phase";
import { scoreAssessment } from "../scores";
import { answersLockedBecause } from "./answers-locked";

/**
 * An assessment's overview for its organisation's people and leads (null for anyone else, and
 * for no such assessment): the round, the status, progress per dimension, who each dimension is
 * given to, and what the actor may do with it.
 */
export async function getAssessment(actor: Actor, assessmentId: string) {
  if (!isId(assessmentId)) return null;
  const prisma = await getPrisma();
  const assessment = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      status: true,
      version: true,
      returnComment: true,
      submittedAt: true,
      validatedAt: true,
      submittedBy: { select: { name: true } },
      organisation: { select: { id: true, name: true, type: true } },
      round: {
        select: {
          id: true,
          name: true,
          opensOn: true,
          closesOn: true,
          frameworkVersionId: true,
        },
      },
      answers: { select: { questionId: true, level: true, notApplicable: true } },
      assignments: {
        select: { dimensionId: true, assignee: { select: { id: true, name: true } } },
      },
    },
  });
  if (!assessment || !maturityPolicy.canReadAssessment(actor, assessment.organisation.id)) {
    return null;
  }
  const content = await readFrameworkContent(prisma, assessment.round.frameworkVersionId);
  if (!content) return null;
  const scores = scoreAssessment({
    dimensions: content.dimensions,
    questions: content.questions,
    answers: assessment.answers,
    organisationType: assessment.organisation.type,
  });
  const organisationId = assessment.organisation.id;
  const canAssign = maturityPolicy.canAssign(actor, organisationId);
  const members = canAssign
    ? await prisma.user.findMany({
        where: { disabledAt: null, memberships: { some: { organisationId } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
      })
    : [];
  const assigneeOf = new Map(
    assessment.assignments.map((assignment) => [assignment.dimensionId, assignment.assignee]),
  );
  const lockedBecause = answersLockedBecause(
    assessment.status,
    assessment.round,
    maturityPolicy.canManage(actor) ? "lead" : "organisation",
  );
  const questionText = new Map(content.questions.map((question) => [question.id, question.text]));
  return {
    id: assessment.id,
    status: assessment.status,
    version: assessment.version,
    returnComment: assessment.returnComment,
    submittedAt: assessment.submittedAt,
    submittedBy: assessment.submittedBy?.name ?? null,
    validatedAt: assessment.validatedAt,
    organisation: assessment.organisation,
    round: { ...assessment.round, phase: roundPhase(assessment.round) },
    framework: { id: content.frameworkId, name: content.frameworkName, number: content.number },
    answered: scores.answered,
    questions: scores.questions,
    complete: scores.complete,
    dimensions: scores.dimensions.map((dimension) => ({
      id: dimension.dimensionId,
      name: dimension.name,
      answered: dimension.answered,
      questions: dimension.questions,
      missing: dimension.missing.map((questionId) => questionText.get(questionId) ?? ""),
      assignee: assigneeOf.get(dimension.dimensionId) ?? null,
    })),
    members,
    lockedBecause,
    can: {
      assign: canAssign && lockedBecause === null,
      submit:
        maturityPolicy.canSubmit(actor, organisationId) &&
        lockedBecause === null &&
        assessment.status !== "SUBMITTED",
      review: maturityPolicy.canManage(actor) && assessment.status === "SUBMITTED",
      returnIt:
        maturityPolicy.canManage(actor) &&
        assessment.status === "SUBMITTED" &&
        roundPhase(assessment.round) === "open",
      /** Whether the actor may answer some dimension (an admin any, a member those given). */
      answer: (assigneeId: string | null) =>
        lockedBecause === null && maturityPolicy.canAnswer(actor, organisationId, assigneeId),
    },
  };
}

export type AssessmentView = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;
