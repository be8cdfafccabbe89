"use server";

import { createOrganisation } from "@/lib/organisations/create-organisation";
import { type ActionResult, runAction } from "@/lib/server/action";

export async function addOrganisation(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("organisation.create", (actor, context) =>
    createOrganisation(actor, input, context),
  );
}
