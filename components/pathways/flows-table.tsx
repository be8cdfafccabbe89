import { ScrollRegion } from "@/components/layout/scroll-region";
import { Pagination } from "@/components/ui/pagination";
import { html, innerMarkup } from "@/lib/html/markup";
import type { PathwayReadiness } from "@/lib/pathways/assess-pathway";
import { pageOf } from "@/lib/paging/page-of";
import type { PathwayContent } from "@/lib/pathways/content";
import type { FlowReadiness } from "@/lib/pathways/readiness";
import {
  flowStateLabels,
  knownLabel,
  mechanismLabels,
  timelinessLabels,
} from "@/lib/pathways/types";

import { readinessTagMarkup } from "./readiness-tag";

type Flow = PathwayContent["flows"][number];
type StepNames = Map<string, { name: string; lane: string | undefined }>;

function readinessCell(flowReadiness: FlowReadiness | undefined) {
  if (!flowReadiness) return null;
  const reasons = flowReadiness.reasons.map((reason) => html`<li>${reason.reason}</li>`);
  const list =
    reasons.length > 0
      ? html`<ul class="mt-1 mb-0 list-disc pl-5 text-sm">
          ${reasons}
        </ul>`
      : null;
  return html`${readinessTagMarkup(flowReadiness.status)}${list}`;
}

function changeLinks(href: string, from: string | undefined, to: string | undefined) {
  const which = html`<span class="sr-only"> flow from ${from} to ${to}</span>`;
  return html`<td>
    <ul class="mb-0 text-base">
      <li><a href="${href}/edit">Change${which}</a></li>
      <li><a href="${href}/remove">Remove${which}</a></li>
    </ul>
  </td>`;
}

// The rows as markup (lib/html/markup), with plain links.
function flowRows(
  flows: Flow[],
  steps: StepNames,
  readiness: PathwayReadiness,
  editHref: ((flowId: string) => string) | undefined,
) {
  return html`${flows.map((flow) => {
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    const volume =
      flow.volumePerMonth === null
        ? null
        : html`<span class="block text-sm">
            ${flow.volumePerMonth.toLocaleString("en-GB")} records a month
          </span>`;
    return html`<tr data-testid="flow-row">
      <td>${from?.name}<span class="block text-sm nhs-secondary-text">${from?.lane}</span></td>
      <td>${to?.name}<span class="block text-sm nhs-secondary-text">${to?.lane}</span></td>
      <td>
        ${flow.categories.map((category) => category.name).join(", ")}
        <span class="block text-sm nhs-secondary-text">For: ${flow.purpose}</span>
      </td>
      <td>
        ${mechanismLabels[flow.mechanism]}, ${timelinessLabels[flow.timeliness].toLowerCase()}
        ${volume}
        <span class="block text-sm nhs-secondary-text">
          Standard: ${flow.standard ?? "none agreed"}
        </span>
      </td>
      <td>
        ${flowStateLabels[flow.currentState]}
        <span class="block text-sm nhs-secondary-text">
          Sender holds it digitally: ${knownLabel(flow.senderHoldsDigitally)}. Receiver can take it
          in: ${knownLabel(flow.receiverCanTakeIn)}.
        </span>
      </td>
      <td>${readinessCell(readiness.flows.get(flow.id))}</td>
      ${editHref ? changeLinks(editHref(flow.id), from?.name, to?.name) : null}
    </tr>`;
  })}`;
}

/**
 * Every information flow of a pathway with its readiness and why: the map's content as a table,
 * for reading, for the keyboard, and for screen readers. With `editHref`, each row links to its
 * change and remove pages.
 */
export const FLOWS_PAGE_SIZE = 25;

export function FlowsTable({
  content,
  readiness,
  editHref,
  page = 1,
  pageHref,
}: {
  content: PathwayContent;
  readiness: PathwayReadiness;
  editHref?: (flowId: string) => string;
  /** Long pathways show their flows a page at a time; the map and the exports show them all. */
  page?: number;
  pageHref: (page: number) => string;
}) {
  if (content.flows.length === 0) {
    return <p className="nhs-card">No information flows yet.</p>;
  }
  const { items: shown, page: current, pageCount } = pageOf(content.flows, page, FLOWS_PAGE_SIZE);
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const steps = new Map(
    content.steps.map((step) => [step.id, { name: step.name, lane: lanes.get(step.laneKey) }]),
  );
  return (
    <ScrollRegion labelledBy="flows-caption">
      <table className="nhs-table text-base">
        <caption id="flows-caption">Information flows</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Data</th>
            <th scope="col">How</th>
            <th scope="col">Today</th>
            <th scope="col">Readiness</th>
            {editHref ? <th scope="col">Change</th> : null}
          </tr>
        </thead>
        <tbody {...innerMarkup(flowRows(shown, steps, readiness, editHref))} />
      </table>
      {pageCount > 1 ? (
        <Pagination
          page={current}
          pageCount={pageCount}
          total={content.flows.length}
          pageSize={FLOWS_PAGE_SIZE}
          hrefFor={pageHref}
          noun="flows"
          label="Pages of flows"
        />
      ) : null}
    </ScrollRegion>
  );
}
