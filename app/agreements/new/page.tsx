import Link from "@/components/ui/link";

import { NewAgreementForm } from "@/components/agreements/new-agreement-form";
import { newAgreementOptions } from "@/lib/agreements/templates";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Start a data sharing agreement" };

export default async function NewAgreementPage() {
  const actor = await requireActor("/agreements/new");
  const options = await newAgreementOptions(await getPrisma(), actor);
  if (!options) return denyAccess(actor, "agreement.create");
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/agreements">Back to agreements</Link>
      </p>
      <h1>Start a data sharing agreement</h1>
      <p>
        It starts as a draft with a new reference. You then fill in its details, add the other
        parties and the data it covers, and send it for signature.
      </p>
      <NewAgreementForm {...options} />
    </div>
  );
}
