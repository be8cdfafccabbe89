import Link from "next/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { moveStepInOrder } from "@/app/pathways/[pathwayId]/actions";
import type { PathwayContent } from "@/lib/pathways/content";
import { pageOf } from "@/lib/paging/page-of";
import { moveValue } from "@/lib/pathways/move-value";

import { STEPS_PAGE_SIZE, StepsPagination } from "./steps-list";

/**
 * The steps in order with everything the map's dragging does, as buttons and links: move earlier
 * or later, change (including the lane) and remove. One plain form holds every move button, each
 * naming its step, new position and the version it was shown at: a form per button made a pathway
 * of 150 steps weigh 800 kB.
 */
export function StepsEditorTable({
  pathwayId,
  content,
  page,
  pageHref,
}: {
  pathwayId: string;
  content: PathwayContent;
  page: number;
  pageHref: (page: number) => string;
}) {
  if (content.steps.length === 0) {
    return <p className="nhs-card">No steps yet. Add the first step of the pathway.</p>;
  }
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const last = content.steps.length;
  const shown = pageOf(content.steps, page, STEPS_PAGE_SIZE);
  const first = (shown.page - 1) * STEPS_PAGE_SIZE;
  const moveButton = (step: PathwayContent["steps"][number], to: number, label: string) => (
    <button
      type="submit"
      name="move"
      value={moveValue({ stepId: step.id, position: to, version: step.version })}
      aria-label={`${label}: ${step.name}`}
      className="cursor-pointer text-nhs-blue underline"
    >
      {label}
    </button>
  );
  return (
    <form action={moveStepInOrder}>
      <input type="hidden" name="pathwayId" value={pathwayId} />
      <input type="hidden" name="stepsPage" value={shown.page} />
      <ScrollRegion labelledBy="steps-caption">
        <table className="nhs-table text-base">
          <caption id="steps-caption" className="sr-only">
            Steps
          </caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Step</th>
              <th scope="col">Who</th>
              <th scope="col">Move</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((step, onPage) => {
              const index = first + onPage;
              return (
                <tr key={step.id} data-testid="step-row">
                  <td>{index + 1}</td>
                  <td>
                    <strong>{step.name}</strong>
                    {step.setting ? <span className="block">{step.setting}</span> : null}
                  </td>
                  <td>
                    {step.performerRole}
                    <span className="block text-sm nhs-secondary-text">
                      {lanes.get(step.laneKey)}
                    </span>
                  </td>
                  <td>
                    <ul className="mb-0">
                      {index > 0 ? <li>{moveButton(step, index, "Move earlier")}</li> : null}
                      {index + 1 < last ? (
                        <li>{moveButton(step, index + 2, "Move later")}</li>
                      ) : null}
                    </ul>
                  </td>
                  <td>
                    <ul className="mb-0">
                      <li>
                        <Link href={`/pathways/${pathwayId}/steps/${step.id}/edit`}>
                          Change<span className="sr-only"> {step.name}</span>
                        </Link>
                      </li>
                      <li>
                        <Link href={`/pathways/${pathwayId}/steps/${step.id}/remove`}>
                          Remove<span className="sr-only"> {step.name}</span>
                        </Link>
                      </li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <StepsPagination shown={shown} pageHref={pageHref} />
      </ScrollRegion>
    </form>
  );
}
