import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { pathwayMapSvg } from "@/lib/pathways/export/map-svg";
import type { PathwayView } from "@/lib/pathways/get-pathway";
import { readinessLabels, readinessOrder } from "@/lib/pathways/readiness";
import { pathwayVersionLabel } from "@/lib/pathways/version-label";
import { flowStateLabels, mechanismLabels, timelinessLabels } from "@/lib/pathways/types";

import { ExportLinks } from "./export-links";

/** A pathway on one printable page: its details, readiness, map and flows table. */
export function PathwayPrintView({ view }: { view: PathwayView }) {
  const { content, readiness } = view;
  const published = view.showing === "published";
  const query = published ? "?version=published" : "";
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const steps = new Map(content.steps.map((step) => [step.id, step]));
  const end = (stepId: string) => {
    const step = steps.get(stepId);
    return step ? { name: step.name, organisation: lanes.get(step.laneKey) ?? "" } : null;
  };
  // Every text in the SVG is escaped by pathwayMapSvg, so it is safe to place as markup.
  const map = pathwayMapSvg(content, { readiness: readiness.flows, idPrefix: "print-map" }).replace(
    /^<\?xml[^>]*\?>\s*/,
    "",
  );
  const { counts } = readiness.summary;

  return (
    <div data-print-view>
      <p className="mb-2 print:hidden">
        <Link href={`/pathways/${view.id}${query}`}>Back to the pathway</Link>
      </p>
      <h1>{content.name}</h1>
      <p className="nhs-secondary-text">
        {pathwayVersionLabel(view)}
        {view.owner ? `. Owner: ${view.owner}` : ""}
      </p>
      <dl className="mb-8 grid gap-x-6 gap-y-2 md:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Population</dt>
        <dd className="m-0">{content.population}</dd>
        <dt className="font-bold">Purpose</dt>
        <dd className="m-0 whitespace-pre-line">{content.purpose}</dd>
      </dl>

      <h2>Readiness</h2>
      <p>
        {content.flows.length === 0
          ? "The pathway has no information flows yet."
          : `Overall: ${readinessLabels[readiness.summary.overall]}. ${readinessOrder
              .map((status) => `${counts[status]} ${readinessLabels[status].toLowerCase()}`)
              .join(
                ", ",
              )} of ${content.flows.length} ${content.flows.length === 1 ? "flow" : "flows"}.`}
      </p>
      {readiness.summary.reasons.length > 0 ? (
        <ul>
          {readiness.summary.reasons.map((reason) => (
            <li key={`${reason.outcome}:${reason.reason}`}>
              <strong>{reason.outcome === "block" ? "Blocks" : "Risks"}</strong> {reason.flows}{" "}
              {reason.flows === 1 ? "flow" : "flows"}: {reason.reason}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Map</h2>
      {/* On a narrow screen the map scrolls inside its frame, which takes the keyboard's focus. */}
      <figure
        className="pathway-map relative mx-0 mb-8 overflow-x-auto border border-nhs-grey-4 bg-white"
        tabIndex={0}
        aria-labelledby="print-map-caption"
      >
        {/* Our own SVG (lib/pathways/export/map-svg.ts), every text in it XML-escaped; its unit
            tests feed it script and markup in every name. Inline, so it prints with the page. */}
        <div dangerouslySetInnerHTML={{ __html: map }} />
        <figcaption id="print-map-caption" className="sr-only">
          The map of {content.name}; the flows table below lists the same flows.
        </figcaption>
      </figure>

      <h2>Information flows</h2>
      {content.flows.length === 0 ? (
        <p>No information flows yet.</p>
      ) : (
        <ScrollRegion labelledBy="print-flows-caption">
          <table className="nhs-table">
            <caption id="print-flows-caption" className="sr-only">
              Information flows, with their readiness
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Data</th>
                <th scope="col">Purpose</th>
                <th scope="col">How and when</th>
                <th scope="col">Readiness</th>
              </tr>
            </thead>
            <tbody>
              {content.flows.map((flow) => {
                const from = end(flow.fromStepId);
                const to = end(flow.toStepId);
                const assessed = readiness.flows.get(flow.id);
                return (
                  <tr key={flow.id}>
                    <td>
                      {from?.name}
                      <div className="nhs-secondary-text">{from?.organisation}</div>
                    </td>
                    <td>
                      {to?.name}
                      <div className="nhs-secondary-text">{to?.organisation}</div>
                    </td>
                    <td>{flow.categories.map((category) => category.name).join(", ")}</td>
                    <td>{flow.purpose}</td>
                    <td>
                      {timelinessLabels[flow.timeliness]}; {mechanismLabels[flow.mechanism]}
                      {flow.standard ? `; ${flow.standard}` : ""}. Today:{" "}
                      {flowStateLabels[flow.currentState].toLowerCase()}.
                    </td>
                    <td>
                      {assessed ? (
                        <>
                          <strong>{readinessLabels[assessed.status]}</strong>
                          {assessed.reasons.length > 0 ? (
                            <ul className="mb-0 text-base">
                              {assessed.reasons.map((reason) => (
                                <li key={reason.signal}>{reason.reason}</li>
                              ))}
                            </ul>
                          ) : null}
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <div className="mt-8 print:hidden">
        <ExportLinks pathwayId={view.id} published={published} />
      </div>
    </div>
  );
}
