import "server-only";

import type { PathwayContent } from "./content";
import { listDataCategories } from "./data-categories";

/** What the flow form offers: the pathway's steps, named with their lane, and the data categories. */
export async function flowFormChoices(content: PathwayContent) {
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  return {
    steps: content.steps.map((step) => ({
      id: step.id,
      label: `${step.position}. ${step.name} (${lanes.get(step.laneKey) ?? ""})`,
    })),
    categories: (await listDataCategories()).map(({ id, name }) => ({ id, name })),
  };
}
