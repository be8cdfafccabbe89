import { BackLink } from "@/components/pathways/back-link";
import { StepForm } from "@/components/pathways/step-form";
import { listLaneOptions } from "@/lib/pathways/lane-options";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Add a step" };

export default async function AddStepPage({
  params,
  searchParams,
}: {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ lane?: string | string[] }>;
}) {
  const { pathwayId } = await params;
  const { lane } = await searchParams;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/steps/new`,
    "pathway.step_add",
  );
  // "Add a step here" on a lane of the map names the lane; anything but a lane on offer is ignored.
  const laneOptions = await listLaneOptions();
  const chosenLane =
    typeof lane === "string" &&
    [...laneOptions.organisations, ...laneOptions.types].some((option) => option.value === lane)
      ? lane
      : "";
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Add a step to {view.content.name}</h1>
      <p>The step goes at the end of the pathway; move it from the steps table.</p>
      <StepForm
        pathwayId={view.id}
        laneOptions={laneOptions}
        defaults={{ name: "", lane: chosenLane, performerRole: "", setting: "", description: "" }}
      />
    </div>
  );
}
