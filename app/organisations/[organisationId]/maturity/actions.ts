"use server";

import { setResultsSharing } from "@/lib/maturity/results/set-results-sharing";
import { runFormAction } from "@/lib/server/action";

/**
 * Shares an organisation's named maturity results, or stops sharing them; a plain form posts
 * here, so it works without JavaScript.
 */
export async function changeResultsSharing(formData: FormData): Promise<void> {
  const submitted = formData.get("organisationId");
  const organisationId = typeof submitted === "string" ? submitted : "";
  const returnTo = `/organisations/${organisationId}/maturity`;
  await runFormAction(
    "maturity.change_sharing",
    returnTo,
    (actor, context) =>
      setResultsSharing(
        actor,
        organisationId,
        { share: formData.get("share") === "true" },
        context,
      ),
    ({ share }) => `${returnTo}?notice=${share ? "shared" : "unshared"}`,
  );
}
