"use server";

import { addDataNeed } from "@/lib/data-needs/add-data-need";
import { removeDataNeed } from "@/lib/data-needs/remove-data-need";
import { updateDataNeed } from "@/lib/data-needs/update-data-need";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/**
 * Records a data need (no id) or changes one, from the data need form. A change sends the
 * version the form was opened at. Then the list of needs, confirming the save.
 */
export async function saveDataNeed(
  organisationId: string,
  needId: string | null,
  version: number | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    needId === null
      ? await runAction("data_need.add", (actor, context) =>
          addDataNeed(actor, organisationId, input, context),
        )
      : await runAction("data_need.update", (actor, context) =>
          updateDataNeed(actor, organisationId, needId, version, input, context),
        );
  return redirectAfterWrite(result, `/organisations/${organisationId}/data-needs`, "data-need");
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
