import Link from "next/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { Pagination } from "@/components/ui/pagination";

import type { PathwayReadiness } from "@/lib/pathways/assess-pathway";
import { pageOf } from "@/lib/paging/page-of";
import type { PathwayContent } from "@/lib/pathways/content";
import {
  flowStateLabels,
  knownLabel,
  mechanismLabels,
  timelinessLabels,
} from "@/lib/pathways/types";

import { ReadinessTag } from "./readiness-tag";

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
        <tbody>
          {shown.map((flow) => {
            const from = steps.get(flow.fromStepId);
            const to = steps.get(flow.toStepId);
            const flowReadiness = readiness.flows.get(flow.id);
            return (
              <tr key={flow.id} data-testid="flow-row">
                <td>
                  {from?.name}
                  <span className="block text-sm nhs-secondary-text">{from?.lane}</span>
                </td>
                <td>
                  {to?.name}
                  <span className="block text-sm nhs-secondary-text">{to?.lane}</span>
                </td>
                <td>
                  {flow.categories.map((category) => category.name).join(", ")}
                  <span className="block text-sm nhs-secondary-text">For: {flow.purpose}</span>
                </td>
                <td>
                  {mechanismLabels[flow.mechanism]},{" "}
                  {timelinessLabels[flow.timeliness].toLowerCase()}
                  {flow.volumePerMonth !== null ? (
                    <span className="block text-sm">
                      {flow.volumePerMonth.toLocaleString("en-GB")} records a month
                    </span>
                  ) : null}
                  <span className="block text-sm nhs-secondary-text">
                    Standard: {flow.standard ?? "none agreed"}
                  </span>
                </td>
                <td>
                  {flowStateLabels[flow.currentState]}
                  <span className="block text-sm nhs-secondary-text">
                    Sender holds it digitally: {knownLabel(flow.senderHoldsDigitally)}. Receiver can
                    take it in: {knownLabel(flow.receiverCanTakeIn)}.
                  </span>
                </td>
                <td>
                  {flowReadiness ? (
                    <>
                      <ReadinessTag status={flowReadiness.status} />
                      {flowReadiness.reasons.length > 0 ? (
                        <ul className="mt-1 mb-0 list-disc pl-5 text-sm">
                          {flowReadiness.reasons.map((reason) => (
                            <li key={reason.signal}>{reason.reason}</li>
                          ))}
                        </ul>
                      ) : null}
                    </>
                  ) : null}
                </td>
                {editHref ? (
                  <td>
                    <ul className="mb-0 text-base">
                      <li>
                        <Link href={`${editHref(flow.id)}/edit`}>
                          Change
                          <span className="sr-only">
                            {" "}
                            flow from {from?.name} to {to?.name}
                          </span>
                        </Link>
                      </li>
                      <li>
                        <Link href={`${editHref(flow.id)}/remove`}>
                          Remove
                          <span className="sr-only">
                            {" "}
                            flow from {from?.name} to {to?.name}
                          </span>
                        </Link>
                      </li>
                    </ul>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
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
