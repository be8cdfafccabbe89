"use server";

import { setAgreementPublished } from "@/lib/agreements/public/set-published";
import { runFormAction } from "@/lib/server/action";

/** Publishes an agreement on the public register, or takes it off; a plain form posts here. */
export async function publishAgreement(formData: FormData): Promise<void> {
  const submitted = formData.get("agreementId");
  const agreementId = typeof submitted === "string" ? submitted : "";
  await runFormAction(
    "agreement.publish",
    `/agreements/${agreementId}/publication`,
    (actor, context) =>
      setAgreementPublished(actor, { agreementId, published: formData.get("published") }, context),
  );
}
