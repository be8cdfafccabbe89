import type { PathwayReadiness } from "./assess-pathway";
import type { PathwayContent } from "./content";
import { layOutPathway } from "./layout";

export type MapProps = ReturnType<typeof computeMapProps>;

function computeMapProps(content: PathwayContent, readiness: PathwayReadiness) {
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

// Content and readiness kept for a pathway's revision (lib/pathways/get-pathway.ts) are the same
// objects from one request to the next, so their layout is worked out once too.
const laidOut = new WeakMap<PathwayContent, { readiness: PathwayReadiness; props: MapProps }>();

/** What the map canvas needs from a pathway: its layout, flows with labels, and step versions. */
export function mapProps(content: PathwayContent, readiness: PathwayReadiness): MapProps {
  const found = laidOut.get(content);
  if (found?.readiness === readiness) return found.props;
  const props = computeMapProps(content, readiness);
  laidOut.set(content, { readiness, props });
  return props;
}
