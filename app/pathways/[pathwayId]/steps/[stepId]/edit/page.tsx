import { notFound } from "next/navigation";

import { BackLink } from "@/components/pathways/back-link";
import { StepForm } from "@/components/pathways/step-form";
import { listLaneOptions } from "@/lib/pathways/lane-options";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Change a step" };

export default async function EditStepPage({
  params,
}: {
  params: Promise<{ pathwayId: string; stepId: string }>;
}) {
  const { pathwayId, stepId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/steps/${stepId}/edit`,
    "pathway.step_update",
  );
  const step = view.content.steps.find((candidate) => candidate.id === stepId);
  if (!step) notFound();
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Change the step {step.name}</h1>
      <StepForm
        pathwayId={view.id}
        step={{ id: step.id, version: step.version }}
        laneOptions={await listLaneOptions()}
        defaults={{
          name: step.name,
          lane: step.laneKey,
          performerRole: step.performerRole,
          setting: step.setting ?? "",
          description: step.description ?? "",
        }}
      />
    </div>
  );
}
