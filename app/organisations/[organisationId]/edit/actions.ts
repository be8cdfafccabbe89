"use server";

import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Saves an organisation's details, then shows its profile with a confirmation. */
export async function saveOrganisationDetails(
  organisationId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("organisation.update", (actor, context) =>
    updateOrganisationDetails(actor, organisationId, input, context),
  );
  return redirectAfterWrite(result, `/organisations/${organisationId}`, "organisation");
}
