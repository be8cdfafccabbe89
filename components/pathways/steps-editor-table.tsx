import { ScrollRegion } from "@/components/layout/scroll-region";
import { moveStepInOrder } from "@/app/pathways/[pathwayId]/actions";
import { html, innerMarkup } from "@/lib/html/markup";
import type { PathwayContent } from "@/lib/pathways/content";
import { pageOf } from "@/lib/paging/page-of";
import { moveValue } from "@/lib/pathways/move-value";

import { STEPS_PAGE_SIZE, StepsPagination } from "./steps-list";

type Step = PathwayContent["steps"][number];

function moveButton(step: Step, to: number, label: string) {
  const value = moveValue({ stepId: step.id, position: to, version: step.version });
  return html`<button
    type="submit"
    name="move"
    value="${value}"
    aria-label="${label}: ${step.name}"
    class="cursor-pointer text-nhs-blue underline"
  >
    ${label}
  </button>`;
}

// The rows as markup (lib/html/markup), with plain links; the buttons submit the table's form.
function stepRows(
  pathwayId: string,
  steps: Step[],
  first: number,
  last: number,
  lanes: Map<string, string>,
) {
  return html`${steps.map((step, onPage) => {
    const index = first + onPage;
    const href = `/pathways/${pathwayId}/steps/${step.id}`;
    const name = html`<span class="sr-only"> ${step.name}</span>`;
    return html`<tr data-testid="step-row">
      <td>${index + 1}</td>
      <td>
        <strong>${step.name}</strong>
        ${step.setting ? html`<span class="block">${step.setting}</span>` : null}
      </td>
      <td>
        ${step.performerRole}
        <span class="block text-sm nhs-secondary-text">${lanes.get(step.laneKey)}</span>
      </td>
      <td>
        <ul class="mb-0">
          ${index > 0 ? html`<li>${moveButton(step, index, "Move earlier")}</li>` : null}
          ${index + 1 < last ? html`<li>${moveButton(step, index + 2, "Move later")}</li>` : null}
        </ul>
      </td>
      <td>
        <ul class="mb-0">
          <li><a href="${href}/edit">Change${name}</a></li>
          <li><a href="${href}/remove">Remove${name}</a></li>
        </ul>
      </td>
    </tr>`;
  })}`;
}

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
          <tbody {...innerMarkup(stepRows(pathwayId, shown.items, first, last, lanes))} />
        </table>
        <StepsPagination shown={shown} pageHref={pageHref} />
      </ScrollRegion>
    </form>
  );
}
