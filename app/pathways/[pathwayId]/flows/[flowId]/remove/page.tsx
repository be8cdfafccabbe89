import { notFound } from "next/navigation";

import { removeFlowConfirmed } from "@/app/pathways/[pathwayId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Remove an information flow" };

export default async function RemoveFlowPage({
  params,
}: {
  params: Promise<{ pathwayId: string; flowId: string }>;
}) {
  const { pathwayId, flowId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/flows/${flowId}/remove`,
    "pathway.flow_remove",
  );
  const flow = view.content.flows.find((candidate) => candidate.id === flowId);
  if (!flow) notFound();
  const names = new Map(view.content.steps.map((step) => [step.id, step.name]));
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>
        Remove the flow from {names.get(flow.fromStepId)} to {names.get(flow.toStepId)}?
      </h1>
      <p>It carries: {flow.categories.map((category) => category.name).join(", ")}.</p>
      <ConfirmChange
        action={removeFlowConfirmed}
        hiddenFields={{ pathwayId: view.id, flowId: flow.id }}
        buttonLabel="Remove flow"
        cancelHref={`/pathways/${view.id}/edit`}
        danger
      />
    </div>
  );
}
