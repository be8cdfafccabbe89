import { BackLink } from "@/components/pathways/back-link";
import { StepForm } from "@/components/pathways/step-form";
import { listLaneOptions } from "@/lib/pathways/lane-options";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Add a step" };

export default async function AddStepPage({ params }: { params: Promise<{ pathwayId: string }> }) {
  const { pathwayId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/steps/new`,
    "pathway.step_add",
  );
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Add a step to {view.content.name}</h1>
      <p>The step goes at the end of the pathway; move it from the steps table.</p>
      <StepForm
        pathwayId={view.id}
        laneOptions={await listLaneOptions()}
        defaults={{ name: "", lane: "", performerRole: "", setting: "", description: "" }}
      />
    </div>
  );
}
