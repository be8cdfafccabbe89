"use server";

import { addDataNeed } from "@/lib/data-needs/add-data-need";
import { removeDataNeed } from "@/lib/data-needs/remove-data-need";
import { updateDataNeed } from "@/lib/data-needs/update-data-need";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";

/**
 * Records a data need (no id) or changes one, from the data need form. A change sends the
 * version the form was opened at.
 */
export async function saveDataNeed(
  organisationId: string,
  needId: string | null,
  version: number | null,
  input: unknown,
): Promise<ActionResult> {
  if (needId === null) {
    return runAction("data_need.add", async (actor, context) => {
      await addDataNeed(actor, organisationId, input, context);
      return undefined;
    });
  }
  return runAction("data_need.update", async (actor, context) => {
    await updateDataNeed(actor, organisationId, needId, version, input, context);
    return undefined;
  });
}

/** Removes a data need; posted by the plain form on the confirmation page. */
export async function removeNeed(formData: FormData): Promise<void> {
  const organisationId = formText(formData, "organisationId");
  const needId = formText(formData, "needId");
  await runFormAction(
    "data_need.remove",
    `/organisations/${organisationId}/data-needs`,
    (actor, context) => removeDataNeed(actor, organisationId, needId, context),
  );
}
