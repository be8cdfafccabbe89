import type { PathwayContent } from "@/lib/pathways/content";

import {
  assessFlowCoverage,
  type CoverageAgreement,
  type CoverageFlow,
  type FlowCoverage,
} from "./coverage";
import { type CoverageNames, describeCoverage } from "./words";

/** A flow's coverage with its sentence, worded for one reader. */
export interface DescribedCoverage extends FlowCoverage {
  reason: string;
  /** Whether the reader may open the agreement named. */
  agreementVisible: boolean;
}

/** The flows of a pathway as coverage sees them: their ends' organisations and their data. */
export function coverageFlowsOf(content: PathwayContent): CoverageFlow[] {
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane]));
  const laneOfStep = new Map(content.steps.map((step) => [step.id, lanes.get(step.laneKey)]));
  const flows: CoverageFlow[] = [];
  for (const flow of content.flows) {
    const from = laneOfStep.get(flow.fromStepId);
    const to = laneOfStep.get(flow.toStepId);
    if (!from || !to) continue;
    flows.push({
      id: flow.id,
      from: { organisationId: from.organisationId, organisationType: from.organisationType },
      to: { organisationId: to.organisationId, organisationType: to.organisationType },
      dataCategoryIds: flow.categories.map((category) => category.id),
    });
  }
  return flows;
}

/** Names from the pathway itself: its lanes' organisations and its flows' kinds of data. */
export function coverageNamesOf(content: PathwayContent): CoverageNames {
  const organisations = new Map(
    content.lanes.flatMap((lane) =>
      lane.organisationId ? [[lane.organisationId, lane.label] as const] : [],
    ),
  );
  const categories = new Map(
    content.flows.flatMap((flow) => flow.categories.map((c) => [c.id, c.name] as const)),
  );
  return { organisation: (id) => organisations.get(id), category: (id) => categories.get(id) };
}

/**
 * The coverage of every flow of a pathway, by flow id. `readable` says which agreements the
 * reader may open ("all" for leads): others are not named, though they still count.
 */
export function pathwayCoverage(
  content: PathwayContent,
  agreements: readonly CoverageAgreement[],
  readable: ReadonlySet<string> | "all",
  now: Date,
): Map<string, DescribedCoverage> {
  const names = coverageNamesOf(content);
  const result = new Map<string, DescribedCoverage>();
  for (const flow of coverageFlowsOf(content)) {
    const coverage = assessFlowCoverage(flow, agreements, now);
    const agreementVisible =
      coverage.agreement !== null && (readable === "all" || readable.has(coverage.agreement.id));
    result.set(flow.id, {
      ...coverage,
      agreementVisible,
      reason: describeCoverage(coverage, names, agreementVisible),
    });
  }
  return result;
}
