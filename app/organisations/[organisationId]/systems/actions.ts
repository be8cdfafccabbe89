"use server";

import { addSystemInUse } from "@/lib/organisations/add-system-in-use";
import { removeSystemInUse } from "@/lib/organisations/remove-system-in-use";
import { updateSystemInUse } from "@/lib/organisations/update-system-in-use";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

const textField = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Adds a system (no id) or changes one, from the system form; then back to the profile. */
export async function saveSystemInUse(
  organisationId: string,
  systemId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    systemId === null
      ? await runAction("system.add", (actor, context) =>
          addSystemInUse(actor, organisationId, input, context),
        )
      : await runAction("system.update", (actor, context) =>
          updateSystemInUse(actor, organisationId, systemId, input, context),
        );
  return redirectAfterWrite(result, `/organisations/${organisationId}`);
}

/** Removes a system; posted by the plain form on the confirmation page. */
export async function removeSystem(formData: FormData): Promise<void> {
  const organisationId = textField(formData, "organisationId");
  const systemId = textField(formData, "systemId");
  await runFormAction("system.remove", `/organisations/${organisationId}`, (actor, context) =>
    removeSystemInUse(actor, organisationId, systemId, context),
  );
}
