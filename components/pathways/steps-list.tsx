import { ScrollRegion } from "@/components/layout/scroll-region";
import { Pagination } from "@/components/ui/pagination";
import { html, innerMarkup } from "@/lib/html/markup";
import { type PageOf, pageOf } from "@/lib/paging/page-of";
import type { PathwayContent } from "@/lib/pathways/content";

/** Long pathways show their steps a page at a time; the map and the exports show them all. */
export const STEPS_PAGE_SIZE = 25;

function lessonsLink(step: PathwayContent["steps"][number], count: number | undefined) {
  if (!count) return "None yet";
  const about = html`<span class="sr-only"> about ${step.name}</span>`;
  const label = count === 1 ? "1 lesson" : `${count} lessons`;
  return html`<a href="/lessons?step=${step.id}">${label}${about}</a>`;
}

// The rows as markup (lib/html/markup), with plain links.
function stepRows(
  steps: PathwayContent["steps"],
  lanes: Map<string, string>,
  lessonCounts: Record<string, number> | undefined,
) {
  return html`${steps.map(
    (step) =>
      html`<tr data-testid="step-row">
        <td>${step.position}</td>
        <td>
          <strong>${step.name}</strong>
          ${step.description ? html`<span class="block">${step.description}</span>` : null}
        </td>
        <td>
          ${step.performerRole}
          <span class="block text-sm nhs-secondary-text">${lanes.get(step.laneKey)}</span>
        </td>
        <td>${step.setting ?? "Not recorded"}</td>
        ${lessonCounts ? html`<td>${lessonsLink(step, lessonCounts[step.id])}</td>` : null}
      </tr>`,
  )}`;
}

/**
 * The pathway's steps in order, lane by lane: the map's nodes as a table. With `lessonCounts`,
 * each step links to the lessons learned about it.
 */
export function StepsList({
  content,
  lessonCounts,
  page,
  pageHref,
}: {
  content: PathwayContent;
  lessonCounts?: Record<string, number>;
  page: number;
  pageHref: (page: number) => string;
}) {
  if (content.steps.length === 0) return <p className="nhs-card">No steps yet.</p>;
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const shown = pageOf(content.steps, page, STEPS_PAGE_SIZE);
  return (
    <ScrollRegion labelledBy="steps-caption" className="mb-8">
      <table className="nhs-table text-base">
        <caption id="steps-caption">Steps</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Step</th>
            <th scope="col">Who</th>
            <th scope="col">Setting</th>
            {lessonCounts ? <th scope="col">Lessons about this step</th> : null}
          </tr>
        </thead>
        <tbody {...innerMarkup(stepRows(shown.items, lanes, lessonCounts))} />
      </table>
      <StepsPagination shown={shown} pageHref={pageHref} />
    </ScrollRegion>
  );
}

/** The steps' page links, when there is more than one page (also under the editor's steps). */
export function StepsPagination({
  shown,
  pageHref,
}: {
  shown: PageOf<unknown>;
  pageHref: (page: number) => string;
}) {
  return shown.pageCount > 1 ? (
    <Pagination
      page={shown.page}
      pageCount={shown.pageCount}
      total={shown.total}
      pageSize={STEPS_PAGE_SIZE}
      hrefFor={pageHref}
      noun="steps"
      label="Pages of steps"
    />
  ) : null;
}
