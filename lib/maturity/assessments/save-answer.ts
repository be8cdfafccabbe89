import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import {
  type AuditContext,
  type AuditEntry,
  recordAuditEvent,
  recordAuditEvents,
} from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AssessmentStatus, Prisma } from "@/lib/generated/prisma/client";
import { organisationTypeLabels } from "@/lib/organisations/types";

import { maturityPolicy } from "../policy";
import { type AnswerInput, answerSchema } from "../schemas";
import { appliesToType } from "../scores";
import { answersLockedBecause } from "./answers-locked";
import { type AssessmentForChange, guardAssessmentIds, lockAssessment } from "./lock-assessment";

type AnswerDetails = ReturnType<typeof answerSchema.parse>;

const questionError = (message: string) =>
  new AppError("VALIDATION", message, { questionId: [message] });

const questionFields = {
  id: true,
  key: true,
  dimensionId: true,
  appliesTo: true,
  allowNotApplicable: true,
} as const satisfies Prisma.FrameworkQuestionSelect;

/** What checking answers needs, read once for all of them: their questions and who answers what. */
interface AnswerSheet {
  questions: Map<string, Prisma.FrameworkQuestionGetPayload<{ select: typeof questionFields }>>;
  assignees: Map<string, string | null>;
}

async function readAnswerSheet(
  tx: DbTransaction,
  assessment: AssessmentForChange,
  questionIds: string[],
): Promise<AnswerSheet> {
  const [questions, assignments] = await Promise.all([
    tx.frameworkQuestion.findMany({
      where: { id: { in: questionIds }, versionId: assessment.round.frameworkVersionId },
      select: questionFields,
    }),
    tx.sectionAssignment.findMany({
      where: { assessmentId: assessment.id },
      select: { dimensionId: true, assigneeId: true },
    }),
  ]);
  return {
    questions: new Map(questions.map((question) => [question.id, question])),
    assignees: new Map(assignments.map((row) => [row.dimensionId, row.assigneeId])),
  };
}

/**
 * Checks one answer against the assessment (who may give it, whether its question is asked of
 * this organisation, whether answers may still change) and saves it over any earlier one.
 * Returns its audit record, for the caller to write with the others.
 */
async function applyAnswer(
  tx: DbTransaction,
  actor: Actor,
  assessment: AssessmentForChange,
  sheet: AnswerSheet,
  details: AnswerDetails,
): Promise<AuditEntry> {
  const question = sheet.questions.get(details.questionId);
  if (!question) throw questionError("That question is not part of this assessment.");
  const assigneeId = sheet.assignees.get(question.dimensionId) ?? null;
  if (!maturityPolicy.canAnswer(actor, assessment.organisationId, assigneeId)) {
    throw new AppError(
      "FORBIDDEN",
      maturityPolicy.canManage(actor)
        ? "Programme leads review answers but do not give them for an organisation."
        : "You can answer only the sections given to you. Ask your organisation's admin for this one.",
    );
  }
  const locked = answersLockedBecause(assessment.status, assessment.round);
  if (locked) throw new AppError("CONFLICT", locked);
  if (!appliesToType(question, assessment.organisation.type)) {
    throw questionError(
      `That question is not asked of a ${organisationTypeLabels[assessment.organisation.type].toLowerCase()}.`,
    );
  }
  if (details.notApplicable && !question.allowNotApplicable) {
    throw new AppError("VALIDATION", "Check the highlighted fields.", {
      level: ["This question needs a level from 1 to 5: it cannot be not applicable"],
    });
  }

  const values = {
    level: details.level,
    notApplicable: details.notApplicable,
    evidence: details.evidence,
    updatedById: actor.userId,
  };
  const answer = await tx.assessmentAnswer.upsert({
    where: { assessmentId_questionId: { assessmentId: assessment.id, questionId: question.id } },
    create: { assessmentId: assessment.id, questionId: question.id, ...values },
    update: values,
    select: { id: true },
  });
  return {
    action: "maturity_answer.saved",
    entityType: "AssessmentAnswer",
    entityId: answer.id,
    after: {
      question: question.key,
      level: details.level,
      notApplicable: details.notApplicable,
      evidence: details.evidence !== null,
    },
  };
}

/** A first answer starts the assessment; a returned one stays returned until resubmitted. */
async function markStarted(
  tx: DbTransaction,
  assessment: AssessmentForChange,
): Promise<AssessmentStatus> {
  if (assessment.status !== "NOT_STARTED") return assessment.status;
  await tx.assessment.update({
    where: { id: assessment.id },
    data: { status: "IN_PROGRESS" },
  });
  return "IN_PROGRESS";
}

/**
 * Saves one answer (a level, "not applicable", or only an evidence note so far) over any earlier
 * one, as the answering page autosaves it. Refused, with nothing changed, when the actor may not
 * answer that section, the question is not asked of this organisation, "not applicable" is not
 * allowed, the assessment is submitted or validated, or the round is not open.
 */
export async function saveAnswer(
  actor: Actor,
  assessmentId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ status: AssessmentStatus }> {
  guardAssessmentIds(assessmentId);
  const details = answerSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, actor, assessmentId);
    const sheet = await readAnswerSheet(tx, assessment, [details.questionId]);
    const entry = await applyAnswer(tx, actor, assessment, sheet, details);
    await recordAuditEvent(tx, actorContext(actor, context, assessment.organisationId), entry);
    return { status: await markStarted(tx, assessment) };
  });
}

/**
 * Saves a dimension's answers at once (the answering page without JavaScript): all of them, or
 * none if any is refused. Questions with nothing given and no earlier answer are left alone. The
 * questions and section assignments are read once for all answers, and the audit written at once.
 */
export async function saveAnswers(
  actor: Actor,
  assessmentId: string,
  inputs: AnswerInput[],
  context: AuditContext = {},
): Promise<{ status: AssessmentStatus; saved: number }> {
  guardAssessmentIds(assessmentId);
  const answers = inputs.map((input) => answerSchema.parse(input));
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, actor, assessmentId);
    const existing = new Set(
      (
        await tx.assessmentAnswer.findMany({
          where: { assessmentId, questionId: { in: answers.map((answer) => answer.questionId) } },
          select: { questionId: true },
        })
      ).map((answer) => answer.questionId),
    );
    const given = answers.filter(
      (answer) =>
        existing.has(answer.questionId) ||
        answer.level !== null ||
        answer.notApplicable ||
        answer.evidence !== null,
    );
    const sheet = await readAnswerSheet(
      tx,
      assessment,
      given.map((answer) => answer.questionId),
    );
    const entries: AuditEntry[] = [];
    for (const answer of given)
      entries.push(await applyAnswer(tx, actor, assessment, sheet, answer));
    await recordAuditEvents(tx, actorContext(actor, context, assessment.organisationId), entries);
    const status = given.length > 0 ? await markStarted(tx, assessment) : assessment.status;
    return { status, saved: given.length };
  });
}
