import { notFound } from "next/navigation";

import { RemoveConfirmation } from "@/components/organisations/remove-confirmation";
import { requireActor } from "@/lib/auth/require-actor";
import { getSystemInUse } from "@/lib/organisations/get-system-in-use";
import { organisationPolicy } from "@/lib/organisations/policy";
import { systemCategoryLabels } from "@/lib/organisations/types";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

import { removeSystem } from "../../actions";

export const metadata = { title: "Remove a system" };

export default async function RemoveSystemPage({
  params,
}: {
  params: Promise<{ organisationId: string; systemId: string }>;
}) {
  const { organisationId, systemId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/systems/${systemId}/remove`);
  if (!isId(organisationId)) notFound();
  if (!organisationPolicy.canManageSystems(actor, organisationId)) {
    await denyAccess(actor, "system.remove");
  }
  const system = await getSystemInUse(actor, organisationId, systemId);
  if (!system) notFound();
  return (
    <RemoveConfirmation
      heading={`Remove ${system.product} from ${system.organisation.name}?`}
      profileHref={`/organisations/${system.organisation.id}`}
      organisationName={system.organisation.name}
      action={removeSystem}
      hiddenFields={{ organisationId: system.organisation.id, systemId: system.id }}
      buttonLabel="Remove system"
    >
      <dl className="nhs-card">
        <div className="py-1">
          <dt className="inline font-bold">Kind of system: </dt>
          <dd className="inline">{systemCategoryLabels[system.category]}</dd>
        </div>
        <div className="py-1">
          <dt className="inline font-bold">Supplier: </dt>
          <dd className="inline">{system.supplier}</dd>
        </div>
        <div className="py-1">
          <dt className="inline font-bold">Product: </dt>
          <dd className="inline">{system.product}</dd>
        </div>
        {system.notes ? (
          <div className="py-1">
            <dt className="inline font-bold">Notes: </dt>
            <dd className="inline">{system.notes}</dd>
          </div>
        ) : null}
      </dl>
    </RemoveConfirmation>
  );
}
