import Link from "@/components/ui/link";

import { PathwayDetailsForm } from "@/components/pathways/pathway-details-form";
import { requireActor } from "@/lib/auth/require-actor";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Start a pathway" };

export default async function NewPathwayPage() {
  const actor = await requireActor("/pathways/new");
  if (!pathwayPolicy.canEdit(actor)) await denyAccess(actor, "pathway.create");
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/pathways">All pathways</Link>
      </p>
      <h1>Start a pathway</h1>
      <p>
        The pathway starts as a draft that only programme leads see. Add its steps and information
        flows, then publish it for the coalition.
      </p>
      <PathwayDetailsForm defaults={{ name: "", population: "", purpose: "" }} />
    </div>
  );
}
