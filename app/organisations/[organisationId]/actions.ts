"use server";

import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";
import { runFormAction } from "@/lib/server/action";

/** Archives or restores an organisation; a plain form posts here, so it works without JavaScript. */
export async function archiveOrganisation(formData: FormData): Promise<void> {
  const submitted = formData.get("organisationId");
  const organisationId = typeof submitted === "string" ? submitted : "";
  await runFormAction(
    "organisation.archive",
    `/organisations/${organisationId}`,
    (actor, context) =>
      setOrganisationArchived(actor, organisationId, formData.get("archived") === "true", context),
  );
}
