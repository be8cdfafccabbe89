import { notFound } from "next/navigation";

import { BackLink } from "@/components/pathways/back-link";
import { FlowForm } from "@/components/pathways/flow-form";
import { flowFormChoices } from "@/lib/pathways/flow-form-choices";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Change an information flow" };

const knownValue = (value: boolean | null) => (value === null ? "unknown" : value ? "yes" : "no");

export default async function EditFlowPage({
  params,
}: {
  params: Promise<{ pathwayId: string; flowId: string }>;
}) {
  const { pathwayId, flowId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/flows/${flowId}/edit`,
    "pathway.flow_update",
  );
  const flow = view.content.flows.find((candidate) => candidate.id === flowId);
  if (!flow) notFound();
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Change an information flow</h1>
      <FlowForm
        pathwayId={view.id}
        flow={{ id: flow.id, version: flow.version }}
        {...await flowFormChoices(view.content)}
        defaults={{
          fromStepId: flow.fromStepId,
          toStepId: flow.toStepId,
          dataCategoryIds: flow.categories.map((category) => category.id),
          purpose: flow.purpose,
          timeliness: flow.timeliness,
          volumePerMonth: flow.volumePerMonth === null ? "" : String(flow.volumePerMonth),
          mechanism: flow.mechanism,
          standard: flow.standard ?? "",
          currentState: flow.currentState,
          senderHoldsDigitally: knownValue(flow.senderHoldsDigitally),
          receiverCanTakeIn: knownValue(flow.receiverCanTakeIn),
          notes: flow.notes ?? "",
        }}
      />
    </div>
  );
}
