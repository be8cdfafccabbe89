"use server";

import { createOrganisation } from "@/lib/organisations/create-organisation";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Adds an organisation, then shows its new profile. */
export async function addOrganisation(input: unknown): Promise<ActionResult> {
  const result = await runAction("organisation.create", (actor, context) =>
    createOrganisation(actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/organisations/${id}`, "organisation");
}
