"use server";

import { updateEngagement } from "@/lib/engagement/update-engagement";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Saves an organisation's engagement, then shows its engagement page with a confirmation. */
export async function saveEngagement(
  organisationId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("engagement.change", (actor, context) =>
    updateEngagement(actor, organisationId, input, context),
  );
  return redirectAfterWrite(result, `/organisations/${organisationId}/engagement`, "engagement");
}
