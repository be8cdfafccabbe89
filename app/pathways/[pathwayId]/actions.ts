"use server";

import { revalidatePath } from "next/cache";

import { addFlow } from "@/lib/pathways/add-flow";
import { addStep } from "@/lib/pathways/add-step";
import { setPathwayArchived } from "@/lib/pathways/archive-pathway";
import { moveStep } from "@/lib/pathways/move-step";
import { readMoveValue } from "@/lib/pathways/move-value";
import { pathwayTablesSearch } from "@/lib/pathways/tables-search";
import { publishPathway } from "@/lib/pathways/publish-pathway";
import { removeFlow } from "@/lib/pathways/remove-flow";
import { removeStep } from "@/lib/pathways/remove-step";
import { updateFlow } from "@/lib/pathways/update-flow";
import { updatePathway } from "@/lib/pathways/update-pathway";
import { updateStep } from "@/lib/pathways/update-step";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";
import { refusedAsNotice } from "@/lib/server/refused-as-notice";

const editorHref = (pathwayId: string) => `/pathways/${pathwayId}/edit`;

/** Changes the pathway's name, population and purpose; then back to the editor. */
export async function savePathwayDetails(
  pathwayId: string,
  input: unknown,
  version: number,
): Promise<ActionResult> {
  const result = await runAction("pathway.update", (actor, context) =>
    updatePathway(actor, pathwayId, input, version, context),
  );
  return redirectAfterWrite(result, editorHref(pathwayId));
}

/** Adds a step (no id) or changes one, from the step form; then back to the editor's steps. */
export async function saveStep(
  pathwayId: string,
  stepId: string | null,
  input: unknown,
  version: number | null,
): Promise<ActionResult> {
  const result =
    stepId === null
      ? await runAction("pathway.step_add", (actor, context) =>
          addStep(actor, pathwayId, input, context),
        )
      : await runAction("pathway.step_update", (actor, context) =>
          updateStep(actor, pathwayId, stepId, input, version, context),
        );
  return redirectAfterWrite(result, `${editorHref(pathwayId)}#steps`);
}

/** Moves a step on the map: a new place in the order and, perhaps, another lane. */
export async function relocateStep(
  pathwayId: string,
  stepId: string,
  input: unknown,
): Promise<ActionResult> {
  return runAction("pathway.step_move", async (actor, context) => {
    await moveStep(actor, pathwayId, stepId, input, context);
    return undefined;
  });
}

/** The steps table's "move earlier" and "move later" buttons: a plain form, no script needed. */
export async function moveStepInOrder(formData: FormData): Promise<void> {
  const pathwayId = formText(formData, "pathwayId");
  await runFormAction(
    "pathway.step_move",
    editorHref(pathwayId),
    (actor, context) =>
      refusedAsNotice(async () => {
        const { stepId, position, version } = readMoveValue(formText(formData, "move"));
        await moveStep(actor, pathwayId, stepId, { position, version }, context);
        // The editor is where the form was posted from: render it afresh with the new order.
        revalidatePath(editorHref(pathwayId));
      }),
    // Back to the page of steps the button was on.
    (result) =>
      `${editorHref(pathwayId)}${pathwayTablesSearch({
        notice: result === "refused" ? "changed" : undefined,
        steps: Number(formText(formData, "stepsPage")) || 1,
      })}#steps`,
  );
}

/** Removes a step and its flows; posted by the confirmation page. */
export async function removeStepConfirmed(formData: FormData): Promise<void> {
  const pathwayId = formText(formData, "pathwayId");
  await runFormAction("pathway.step_remove", editorHref(pathwayId), (actor, context) =>
    removeStep(actor, pathwayId, formText(formData, "stepId"), context),
  );
}

/** Adds a flow (no id) or changes one, from the flow form; then back to the editor's flows. */
export async function saveFlow(
  pathwayId: string,
  flowId: string | null,
  input: unknown,
  version: number | null,
): Promise<ActionResult> {
  const result =
    flowId === null
      ? await runAction("pathway.flow_add", (actor, context) =>
          addFlow(actor, pathwayId, input, context),
        )
      : await runAction("pathway.flow_update", (actor, context) =>
          updateFlow(actor, pathwayId, flowId, input, version, context),
        );
  return redirectAfterWrite(result, `${editorHref(pathwayId)}#flows`);
}

/** Removes a flow; posted by the confirmation page. */
export async function removeFlowConfirmed(formData: FormData): Promise<void> {
  const pathwayId = formText(formData, "pathwayId");
  await runFormAction("pathway.flow_remove", editorHref(pathwayId), (actor, context) =>
    removeFlow(actor, pathwayId, formText(formData, "flowId"), context),
  );
}

/** Publishes the working draft as the next version; posted by the confirmation page. */
export async function publishConfirmed(formData: FormData): Promise<void> {
  const pathwayId = formText(formData, "pathwayId");
  await runFormAction(
    "pathway.publish",
    `/pathways/${pathwayId}/publish`,
    (actor, context) => refusedAsNotice(() => publishPathway(actor, pathwayId, context)),
    (result) =>
      result === "refused"
        ? `/pathways/${pathwayId}/publish`
        : `/pathways/${pathwayId}?published=${result.number}`,
  );
}

/** Archives or restores a pathway; posted by the confirmation page. */
export async function archiveConfirmed(formData: FormData): Promise<void> {
  const pathwayId = formText(formData, "pathwayId");
  const archived = formText(formData, "archived") === "true";
  await runFormAction(
    archived ? "pathway.archive" : "pathway.restore",
    `/pathways/${pathwayId}`,
    (actor, context) => setPathwayArchived(actor, pathwayId, archived, context),
  );
}
