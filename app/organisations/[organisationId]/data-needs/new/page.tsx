import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { DataNeedForm } from "@/components/data-needs/data-need-form";
import { requireActor } from "@/lib/auth/require-actor";
import { listDataNeedFormOptions } from "@/lib/data-needs/list-form-options";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { getOrganisationHeading } from "@/lib/organisations/get-organisation-heading";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Record a data need" };

export default async function RecordDataNeedPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/data-needs/new`);
  const organisation = await getOrganisationHeading(actor, organisationId);
  if (!organisation) notFound();
  if (!dataNeedPolicy.canEdit(actor, organisation.id)) {
    await denyAccess(actor, "data_need.add");
  }
  const options = await listDataNeedFormOptions(actor);
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}/data-needs`}>
          Back to the data needs of {organisation.name}
        </Link>
      </p>
      <h1>Record a data need of {organisation.name}</h1>
      <p>What one of its teams needs from another organisation, and how far it gets it today.</p>
      <DataNeedForm
        organisationId={organisation.id}
        options={options}
        defaults={{
          teamOrRole: "",
          dataCategoryId: "",
          source: "",
          volumePerMonth: "",
          purpose: "",
          decision: "",
          pathwayStepId: "",
        }}
      />
    </div>
  );
}
