"use server";

import { revalidatePath } from "next/cache";

import { addDimension } from "@/lib/maturity/frameworks/add-dimension";
import { addQuestion } from "@/lib/maturity/frameworks/add-question";
import { setFrameworkArchived } from "@/lib/maturity/frameworks/archive-framework";
import { moveDimension } from "@/lib/maturity/frameworks/move-dimension";
import { moveQuestion } from "@/lib/maturity/frameworks/move-question";
import { removeDimension } from "@/lib/maturity/frameworks/remove-dimension";
import { removeQuestion } from "@/lib/maturity/frameworks/remove-question";
import { updateDimension } from "@/lib/maturity/frameworks/update-dimension";
import { updateFrameworkDetails } from "@/lib/maturity/frameworks/update-framework-details";
import { updateQuestion } from "@/lib/maturity/frameworks/update-question";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";
import { refusedAsNotice } from "@/lib/server/refused-as-notice";

const frameworkHref = (frameworkId: string) => `/maturity/frameworks/${frameworkId}`;

/** The version a plain form was opened at, from its hidden fields. */
const openedIn = (formData: FormData) => ({
  versionId: formText(formData, "versionId"),
  version: formText(formData, "version"),
});

const backToFramework =
  (frameworkId: string, anchor = "") =>
  (result: unknown) =>
    `${frameworkHref(frameworkId)}${result === "refused" ? "?notice=changed" : ""}${anchor}`;

/** Changes the framework's name and description; then back to the framework. */
export async function saveFrameworkDetails(
  frameworkId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("maturity_framework.update", (actor, context) =>
    updateFrameworkDetails(actor, frameworkId, input, context),
  );
  return redirectAfterWrite(result, frameworkHref(frameworkId));
}

/** Adds a dimension (no id) or changes one, from the dimension form; then shows it. */
export async function saveDimension(
  frameworkId: string,
  dimensionId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    dimensionId === null
      ? await runAction("maturity_framework.dimension_add", (actor, context) =>
          addDimension(actor, frameworkId, input, context),
        )
      : await runAction("maturity_framework.dimension_update", (actor, context) =>
          updateDimension(actor, frameworkId, dimensionId, input, context),
        );
  return redirectAfterWrite(result, ({ id }) => `${frameworkHref(frameworkId)}#dimension-${id}`);
}

/** Adds a question (no id) or changes one, from the question form; then shows it. */
export async function saveQuestion(
  frameworkId: string,
  questionId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    questionId === null
      ? await runAction("maturity_framework.question_add", (actor, context) =>
          addQuestion(actor, frameworkId, input, context),
        )
      : await runAction("maturity_framework.question_update", (actor, context) =>
          updateQuestion(actor, frameworkId, questionId, input, context),
        );
  return redirectAfterWrite(result, ({ id }) => `${frameworkHref(frameworkId)}#question-${id}`);
}

/** The framework page's "Move up" and "Move down" buttons for a dimension: plain forms. */
export async function moveDimensionInOrder(formData: FormData): Promise<void> {
  const frameworkId = formText(formData, "frameworkId");
  const dimensionId = formText(formData, "dimensionId");
  await runFormAction(
    "maturity_framework.dimension_move",
    frameworkHref(frameworkId),
    (actor, context) =>
      refusedAsNotice(async () => {
        await moveDimension(
          actor,
          frameworkId,
          dimensionId,
          { direction: formText(formData, "direction"), ...openedIn(formData) },
          context,
        );
        revalidatePath(frameworkHref(frameworkId));
      }),
    backToFramework(frameworkId, "#content"),
  );
}

/** The framework page's "Move up" and "Move down" buttons for a question: plain forms. */
export async function moveQuestionInOrder(formData: FormData): Promise<void> {
  const frameworkId = formText(formData, "frameworkId");
  const questionId = formText(formData, "questionId");
  await runFormAction(
    "maturity_framework.question_move",
    frameworkHref(frameworkId),
    (actor, context) =>
      refusedAsNotice(async () => {
        await moveQuestion(
          actor,
          frameworkId,
          questionId,
          { direction: formText(formData, "direction"), ...openedIn(formData) },
          context,
        );
        revalidatePath(frameworkHref(frameworkId));
      }),
    backToFramework(frameworkId, "#content"),
  );
}

/** Removes a dimension and its questions; posted by the confirmation page. */
export async function removeDimensionConfirmed(formData: FormData): Promise<void> {
  const frameworkId = formText(formData, "frameworkId");
  await runFormAction(
    "maturity_framework.dimension_remove",
    frameworkHref(frameworkId),
    (actor, context) =>
      refusedAsNotice(() =>
        removeDimension(
          actor,
          frameworkId,
          formText(formData, "dimensionId"),
          openedIn(formData),
          context,
        ),
      ),
    backToFramework(frameworkId),
  );
}

/** Removes a question; posted by the confirmation page. */
export async function removeQuestionConfirmed(formData: FormData): Promise<void> {
  const frameworkId = formText(formData, "frameworkId");
  await runFormAction(
    "maturity_framework.question_remove",
    frameworkHref(frameworkId),
    (actor, context) =>
      refusedAsNotice(() =>
        removeQuestion(
          actor,
          frameworkId,
          formText(formData, "questionId"),
          openedIn(formData),
          context,
        ),
      ),
    backToFramework(frameworkId),
  );
}

/** Archives or restores a framework; posted by the confirmation page. */
export async function archiveFrameworkConfirmed(formData: FormData): Promise<void> {
  const frameworkId = formText(formData, "frameworkId");
  const archived = formText(formData, "archived") === "true";
  await runFormAction(
    archived ? "maturity_framework.archive" : "maturity_framework.restore",
    frameworkHref(frameworkId),
    (actor, context) => setFrameworkArchived(actor, frameworkId, archived, context),
  );
}
