import "server-only";

import type { OrganisationType, Prisma } from "@/lib/generated/prisma/client";

import type { PathwayContent, PathwayLane } from "./content";
import {
  assessFlowReadiness,
  type FlowReadiness,
  type ReadinessSummary,
  summariseReadiness,
} from "./readiness";

interface RecordedNeed {
  organisationId: string;
  organisationType: OrganisationType;
  sourceOrganisationId: string | null;
  sourceType: OrganisationType | null;
}

export interface PathwayReadiness {
  flows: Map<string, FlowReadiness>;
  summary: ReadinessSummary;
}

/**
 * The readiness of every flow of a pathway and of the pathway as a whole. Reads the data needs
 * that could match any of its flows in one query, then matches them in memory.
 */
export async function assessPathway(
  db: Prisma.TransactionClient,
  content: PathwayContent,
): Promise<PathwayReadiness> {
  const [readiness] = await assessPathways(db, [content]);
  return readiness as PathwayReadiness;
}

/** The readiness of many pathways, with one query for the data needs of them all. */
export async function assessPathways(
  db: Prisma.TransactionClient,
  contents: PathwayContent[],
): Promise<PathwayReadiness[]> {
  const needsByCategory = await readMatchingNeeds(db, contents);
  return contents.map((content) => assessContent(content, needsByCategory));
}

function assessContent(
  content: PathwayContent,
  needsByCategory: Map<string, RecordedNeed[]>,
): PathwayReadiness {
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane]));
  const laneOfStep = new Map(content.steps.map((step) => [step.id, lanes.get(step.laneKey)]));

  const flows = new Map<string, FlowReadiness>();
  for (const flow of content.flows) {
    const sender = laneOfStep.get(flow.fromStepId);
    const receiver = laneOfStep.get(flow.toStepId);
    let matchingNeeds = 0;
    if (sender && receiver) {
      for (const category of flow.categories) {
        for (const need of needsByCategory.get(category.id) ?? []) {
          if (needsFrom(need, receiver, sender)) matchingNeeds += 1;
        }
      }
    }
    flows.set(flow.id, assessFlowReadiness({ ...flow, matchingNeeds }));
  }
  return { flows, summary: summariseReadiness([...flows.values()]) };
}

/** A need recorded by the receiving lane for data from the sending lane. */
function needsFrom(need: RecordedNeed, receiver: PathwayLane, sender: PathwayLane): boolean {
  const byReceiver = receiver.organisationId
    ? need.organisationId === receiver.organisationId
    : need.organisationType === receiver.organisationType;
  if (!byReceiver) return false;
  // A need from any organisation of a type is met by a sender of that type.
  if (need.sourceOrganisationId === null) return need.sourceType === sender.organisationType;
  // A need from one organisation: that organisation's lane, or a lane any of its type can fill.
  return sender.organisationId
    ? need.sourceOrganisationId === sender.organisationId
    : need.sourceType === sender.organisationType;
}

async function readMatchingNeeds(
  db: Prisma.TransactionClient,
  contents: PathwayContent[],
): Promise<Map<string, RecordedNeed[]>> {
  const categoryIds = new Set<string>();
  const organisationIds = new Set<string>();
  const types = new Set<OrganisationType>();
  for (const content of contents) {
    const receivingSteps = new Set(content.flows.map((flow) => flow.toStepId));
    const receivingLanes = new Set(
      content.steps.filter((step) => receivingSteps.has(step.id)).map((step) => step.laneKey),
    );
    for (const lane of content.lanes) {
      if (!receivingLanes.has(lane.key)) continue;
      if (lane.organisationId) organisationIds.add(lane.organisationId);
      else types.add(lane.organisationType);
    }
    for (const flow of content.flows) {
      for (const category of flow.categories) categoryIds.add(category.id);
    }
  }
  if (categoryIds.size === 0 || organisationIds.size + types.size === 0) return new Map();

  const needs = await db.dataNeed.findMany({
    where: {
      dataCategoryId: { in: [...categoryIds] },
      organisation: { archivedAt: null },
      OR: [
        ...(organisationIds.size > 0 ? [{ organisationId: { in: [...organisationIds] } }] : []),
        ...(types.size > 0 ? [{ organisation: { type: { in: [...types] } } }] : []),
      ],
    },
    select: {
      organisationId: true,
      dataCategoryId: true,
      sourceOrganisationId: true,
      sourceOrganisationType: true,
      organisation: { select: { type: true } },
      sourceOrganisation: { select: { type: true } },
    },
  });

  const byCategory = new Map<string, RecordedNeed[]>();
  for (const need of needs) {
    const list = byCategory.get(need.dataCategoryId) ?? [];
    list.push({
      organisationId: need.organisationId,
      organisationType: need.organisation.type,
      sourceOrganisationId: need.sourceOrganisationId,
      sourceType: need.sourceOrganisationType ?? need.sourceOrganisation?.type ?? null,
    });
    byCategory.set(need.dataCategoryId, list);
  }
  return byCategory;
}
