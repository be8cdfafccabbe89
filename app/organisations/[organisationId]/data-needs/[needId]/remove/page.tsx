import { notFound } from "next/navigation";

import { sourceLabel } from "@/components/data-needs/needs-table";
import { RemoveConfirmation } from "@/components/organisations/remove-confirmation";
import { requireActor } from "@/lib/auth/require-actor";
import { getDataNeed } from "@/lib/data-needs/get-data-need";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { importanceLabels, needMetLabels, timelinessLabels } from "@/lib/pathways/types";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

import { removeNeed } from "../../actions";

export const metadata = { title: "Remove a data need" };

export default async function RemoveDataNeedPage({
  params,
}: {
  params: Promise<{ organisationId: string; needId: string }>;
}) {
  const { organisationId, needId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/data-needs/${needId}/remove`);
  if (!isId(organisationId)) notFound();
  if (!dataNeedPolicy.canEdit(actor, organisationId)) {
    await denyAccess(actor, "data_need.remove");
  }
  const need = await getDataNeed(actor, organisationId, needId);
  if (!need) notFound();
  const listHref = `/organisations/${need.organisation.id}/data-needs`;
  const rows = [
    ["Team or role", need.teamOrRole],
    ["Data", need.dataCategory.name],
    ["From", sourceLabel(need)],
    ["How soon", timelinessLabels[need.timeliness]],
    ["Purpose", need.purpose],
    ["Importance", importanceLabels[need.importance]],
    ["Met today", needMetLabels[need.metToday]],
  ] as const;
  return (
    <RemoveConfirmation
      heading={`Remove the need for ${need.dataCategory.name.toLowerCase()} of ${need.teamOrRole}?`}
      profileHref={listHref}
      organisationName={need.organisation.name}
      action={removeNeed}
      hiddenFields={{ organisationId: need.organisation.id, needId: need.id }}
      buttonLabel="Remove data need"
      backLabel={`Back to the data needs of ${need.organisation.name}`}
      afterwards={`It will no longer show among the data needs of ${need.organisation.name}.`}
    >
      <dl className="nhs-card">
        {rows.map(([label, value]) => (
          <div key={label} className="py-1">
            <dt className="inline font-bold">{label}: </dt>
            <dd className="inline">{value}</dd>
          </div>
        ))}
      </dl>
    </RemoveConfirmation>
  );
}
