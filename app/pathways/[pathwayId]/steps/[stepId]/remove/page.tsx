import { notFound } from "next/navigation";

import { removeStepConfirmed } from "@/app/pathways/[pathwayId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Remove a step" };

export default async function RemoveStepPage({
  params,
}: {
  params: Promise<{ pathwayId: string; stepId: string }>;
}) {
  const { pathwayId, stepId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/steps/${stepId}/remove`,
    "pathway.step_remove",
  );
  const { steps, flows } = view.content;
  const step = steps.find((candidate) => candidate.id === stepId);
  if (!step) notFound();
  const names = new Map(steps.map((candidate) => [candidate.id, candidate.name]));
  const affected = flows.filter((flow) => flow.fromStepId === step.id || flow.toStepId === step.id);
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {view.content.name}</BackLink>
      <h1>Remove the step {step.name}?</h1>
      {affected.length > 0 ? (
        <div className="nhs-card border-l-8 border-l-nhs-red">
          <p className="font-bold">
            {affected.length === 1
              ? "1 information flow uses this step and will be removed with it:"
              : `${affected.length} information flows use this step and will be removed with it:`}
          </p>
          <ul className="mb-0 list-disc pl-6">
            {affected.map((flow) => (
              <li key={flow.id}>
                From {names.get(flow.fromStepId)} to {names.get(flow.toStepId)}:{" "}
                {flow.categories.map((category) => category.name).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No information flow uses this step.</p>
      )}
      <ConfirmChange
        action={removeStepConfirmed}
        hiddenFields={{ pathwayId: view.id, stepId: step.id }}
        buttonLabel={affected.length > 0 ? "Remove step and its flows" : "Remove step"}
        cancelHref={`/pathways/${view.id}/edit`}
        danger
      />
    </div>
  );
}
