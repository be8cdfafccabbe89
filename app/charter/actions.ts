"use server";

import { endorseCharter } from "@/lib/charter/endorse-charter";
import { publishCharter } from "@/lib/charter/publish-charter";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Publishes a new version of the charter, then shows it with a confirmation. */
export async function publishCharterVersion(
  basedOn: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("charter.publish", (actor, context) =>
    publishCharter(actor, basedOn, input, context),
  );
  return redirectAfterWrite(result, "/charter", "charter");
}

/** Endorses the charter for an organisation; a plain form posts here, so it works without JavaScript. */
export async function endorseCharterVersion(formData: FormData): Promise<void> {
  await runFormAction(
    "charter.endorse",
    "/charter",
    (actor, context) =>
      endorseCharter(
        actor,
        {
          organisationId: formData.get("organisationId"),
          versionNumber: formData.get("versionNumber"),
        },
        context,
      ),
    () => "/charter?saved=charter-endorsed",
  );
}
