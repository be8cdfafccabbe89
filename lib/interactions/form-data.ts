import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { commitmentPolicy } from "@/lib/commitments/policy";
import { getPrisma } from "@/lib/db/client";

import { interactionOrganisationOptions, interactionPeopleOptions } from "./options";

/** What the log and edit forms offer this person: organisations, people, and whose commitments. */
export async function getInteractionFormOptions(actor: Actor) {
  const prisma = await getPrisma();
  const [organisationOptions, peopleOptions] = await Promise.all([
    interactionOrganisationOptions(prisma),
    interactionPeopleOptions(prisma, actor),
  ]);
  return {
    organisationOptions,
    peopleOptions,
    recordableOrganisations: commitmentPolicy.recordingOrganisations(actor),
  };
}
