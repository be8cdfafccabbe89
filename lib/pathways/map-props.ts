import type { PathwayReadiness } from "./assess-pathway";
import type { PathwayContent } from "./content";
import { layOutPathway } from "./layout";

/** What the map canvas needs from a pathway: its layout, flows with labels, and step versions. */
export function mapProps(content: PathwayContent, readiness: PathwayReadiness) {
  return {
    layout: layOutPathway(content),
    flows: content.flows.map((flow) => ({
      id: flow.id,
      fromStepId: flow.fromStepId,
      toStepId: flow.toStepId,
      label: flow.categories.map((category) => category.name).join(", "),
      status: readiness.flows.get(flow.id)?.status ?? "AT_RISK",
      agreement: readiness.coverage.get(flow.id)?.verdict,
    })),
    stepVersions: Object.fromEntries(content.steps.map((step) => [step.id, step.version])),
  };
}
