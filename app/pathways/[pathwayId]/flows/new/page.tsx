import { BackLink } from "@/components/pathways/back-link";
import { FlowForm } from "@/components/pathways/flow-form";
import { flowFormChoices } from "@/lib/pathways/flow-form-choices";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Add an information flow" };

export default async function AddFlowPage({
  params,
  searchParams,
}: {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { pathwayId } = await params;
  const { from, to } = await searchParams;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/flows/new`,
    "pathway.flow_add",
  );
  const choices = await flowFormChoices(view.content);
  // Drawing a flow on the map brings its two steps here.
  const stepOf = (id: string | undefined) =>
    choices.steps.some((step) => step.id === id) ? (id as string) : "";
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Add an information flow to {view.content.name}</h1>
      <FlowForm
        pathwayId={view.id}
        {...choices}
        defaults={{
          fromStepId: stepOf(from),
          toStepId: stepOf(to),
          dataCategoryIds: [],
          purpose: "",
          volumePerMonth: "",
          standard: "",
          senderHoldsDigitally: "unknown",
          receiverCanTakeIn: "unknown",
          notes: "",
        }}
      />
    </div>
  );
}
