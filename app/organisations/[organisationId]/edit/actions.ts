"use server";

import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";
import { type ActionResult, runAction } from "@/lib/server/action";

export async function saveOrganisationDetails(
  organisationId: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  return runAction("organisation.update", async (actor, context) => {
    await updateOrganisationDetails(actor, organisationId, input, context);
    return { id: organisationId };
  });
}
