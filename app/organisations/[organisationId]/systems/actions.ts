"use server";

import { addSystemInUse } from "@/lib/organisations/add-system-in-use";
import { removeSystemInUse } from "@/lib/organisations/remove-system-in-use";
import { updateSystemInUse } from "@/lib/organisations/update-system-in-use";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";

/** Adds a system (no id) or changes one, from the system form. */
export async function saveSystemInUse(
  organisationId: string,
  systemId: string | null,
  input: unknown,
): Promise<ActionResult> {
  if (systemId === null) {
    return runAction("system.add", async (actor, context) => {
      await addSystemInUse(actor, organisationId, input, context);
      return undefined;
    });
  }
  return runAction("system.update", async (actor, context) => {
    await updateSystemInUse(actor, organisationId, systemId, input, context);
    return undefined;
  });
}

/** Removes a system; posted by the plain form on the confirmation page. */
export async function removeSystem(formData: FormData): Promise<void> {
  const organisationId = formText(formData, "organisationId");
  const systemId = formText(formData, "systemId");
  await runFormAction("system.remove", `/organisations/${organisationId}`, (actor, context) =>
    removeSystemInUse(actor, organisationId, systemId, context),
  );
}
