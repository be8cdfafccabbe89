import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { DataNeedForm } from "@/components/data-needs/data-need-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getDataNeed } from "@/lib/data-needs/get-data-need";
import { listDataNeedFormOptions } from "@/lib/data-needs/list-form-options";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { laneKey } from "@/lib/pathways/schemas";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

export const metadata = { title: "Change a data need" };

export default async function ChangeDataNeedPage({
  params,
}: {
  params: Promise<{ organisationId: string; needId: string }>;
}) {
  const { organisationId, needId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/data-needs/${needId}/edit`);
  if (!isId(organisationId)) notFound();
  if (!dataNeedPolicy.canEdit(actor, organisationId)) {
    await denyAccess(actor, "data_need.update");
  }
  const [need, options] = await Promise.all([
    getDataNeed(actor, organisationId, needId),
    listDataNeedFormOptions(actor),
  ]);
  if (!need) notFound();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${need.organisation.id}/data-needs`}>
          Back to the data needs of {need.organisation.name}
        </Link>
      </p>
      <h1>
        Change the need for {need.dataCategory.name.toLowerCase()} of {need.organisation.name}
      </h1>
      <DataNeedForm
        organisationId={need.organisation.id}
        need={{ id: need.id, version: need.version }}
        options={options}
        defaults={{
          teamOrRole: need.teamOrRole,
          dataCategoryId: need.dataCategoryId,
          source: laneKey({
            organisationId: need.sourceOrganisationId,
            organisationType: need.sourceOrganisationType,
          }),
          timeliness: need.timeliness,
          volumePerMonth: need.volumePerMonth === null ? "" : String(need.volumePerMonth),
          purpose: need.purpose,
          decision: need.decision ?? "",
          importance: need.importance,
          metToday: need.metToday,
          pathwayStepId: need.pathwayStepId ?? "",
        }}
      />
    </div>
  );
}
