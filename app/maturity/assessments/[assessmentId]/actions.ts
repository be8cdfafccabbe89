"use server";

import { ZodError } from "zod";

import { AppError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { assignSection } from "@/lib/maturity/assessments/assign-section";
import { returnAssessment, validateAssessment } from "@/lib/maturity/assessments/review-assessment";
import { saveAnswer, saveAnswers } from "@/lib/maturity/assessments/save-answer";
import { submitAssessment } from "@/lib/maturity/assessments/submit-assessment";
import type { AnswerInput } from "@/lib/maturity/schemas";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Saves one answer as it changes on the answering page (autosave). */
export async function saveAnswerAction(
  assessmentId: string,
  input: unknown,
): Promise<ActionResult<{ status: AssessmentStatus }>> {
  return runAction("maturity_answer.save", (actor, context) =>
    saveAnswer(actor, assessmentId, input, context),
  );
}

/**
 * Saves every answer of a dimension, posted by the answering page's plain form (without
 * JavaScript). A refusal because of the answers or the assessment's state comes back as a notice
 * on the page.
 */
export async function saveDimensionAnswers(formData: FormData): Promise<void> {
  const assessmentId = formText(formData, "assessmentId");
  const dimensionId = formText(formData, "dimensionId");
  const page = `/maturity/assessments/${assessmentId}/dimensions/${dimensionId}`;
  const answers: AnswerInput[] = formData
    .getAll("questionId")
    .filter((value): value is string => typeof value === "string")
    .map((questionId) => {
      const choice = formText(formData, `level-${questionId}`);
      return {
        questionId,
        level: choice === "na" ? null : choice,
        notApplicable: choice === "na",
        evidence: formText(formData, `evidence-${questionId}`),
      };
    });
  await runFormAction(
    "maturity_answer.save",
    page,
    async (actor, context) => {
      try {
        await saveAnswers(actor, assessmentId, answers, context);
        return "saved";
      } catch (error) {
        const refused =
          error instanceof ZodError ||
          (error instanceof AppError && (error.code === "VALIDATION" || error.code === "CONFLICT"));
        if (refused) return "refused";
        throw error;
      }
    },
    (outcome) => `${page}?${outcome === "saved" ? "saved=1" : "notSaved=1"}`,
  );
}

/** Gives a dimension to a colleague, or takes it back. */
export async function assignSectionAction(
  assessmentId: string,
  input: unknown,
): Promise<ActionResult> {
  return runAction("maturity_assessment.assign", async (actor, context) => {
    await assignSection(actor, assessmentId, input, context);
    return undefined;
  });
}

/** Submits the assessment; an incomplete one is refused with the missing questions. */
export async function submitAssessmentAction(
  assessmentId: string,
  input: unknown,
): Promise<ActionResult> {
  return runAction("maturity_assessment.submit", async (actor, context) => {
    await submitAssessment(actor, assessmentId, input, context);
    return undefined;
  });
}

/** The lead returns a submitted assessment with comments; the assessment is shown again. */
export async function returnAssessmentAction(
  assessmentId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("maturity_assessment.return", (actor, context) =>
    returnAssessment(actor, assessmentId, input, context),
  );
  return redirectAfterWrite(result, `/maturity/assessments/${assessmentId}`);
}

/** The lead validates a submitted assessment; the assessment is shown again. */
export async function validateAssessmentAction(
  assessmentId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("maturity_assessment.validate", (actor, context) =>
    validateAssessment(actor, assessmentId, input, context),
  );
  return redirectAfterWrite(result, `/maturity/assessments/${assessmentId}`);
}
