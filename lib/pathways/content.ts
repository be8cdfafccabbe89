import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type {
  FlowMechanism,
  FlowState,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/client";
import { anyOrganisationOfType } from "@/lib/organisations/types";

import { laneKey } from "./schemas";

// A pathway's content, the same whether read from the live draft or a published snapshot: its
// details, lanes, steps and flows, with the names needed to show them.

export interface PathwayLane {
  key: string;
  label: string;
  organisationId: string | null;
  organisationType: OrganisationType;
  /** ODS code of the lane's organisation, so an exported pathway finds it again elsewhere. */
  odsCode: string | null;
}

export interface PathwayStepView {
  id: string;
  name: string;
  performerRole: string;
  setting: string | null;
  description: string | null;
  position: number;
  laneKey: string;
  version: number;
}

export interface PathwayFlowView {
  id: string;
  fromStepId: string;
  toStepId: string;
  categories: { id: string; name: string }[];
  purpose: string;
  timeliness: Timeliness;
  volumePerMonth: number | null;
  mechanism: FlowMechanism;
  standard: string | null;
  currentState: FlowState;
  senderHoldsDigitally: boolean | null;
  receiverCanTakeIn: boolean | null;
  notes: string | null;
  version: number;
}

export interface PathwayContent {
  name: string;
  population: string;
  purpose: string;
  lanes: PathwayLane[];
  steps: PathwayStepView[];
  flows: PathwayFlowView[];
}

type PathwayDetailsRow = { id: string; name: string; population: string; purpose: string };

/** Reads the live (draft) content of a pathway. */
export async function readDraftContent(
  db: DbTransaction,
  pathway: PathwayDetailsRow,
): Promise<PathwayContent> {
  const contents = await readDraftContents(db, [pathway]);
  return contents.get(pathway.id) as PathwayContent;
}

/** Reads the live content of many pathways in two queries, whatever their number and size. */
export async function readDraftContents(
  db: DbTransaction,
  pathways: PathwayDetailsRow[],
): Promise<Map<string, PathwayContent>> {
  const pathwayIds = pathways.map((pathway) => pathway.id);
  const [steps, flows] = await Promise.all([
    db.pathwayStep.findMany({
      where: { pathwayId: { in: pathwayIds } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        pathwayId: true,
        name: true,
        performerRole: true,
        setting: true,
        description: true,
        position: true,
        version: true,
        organisationId: true,
        organisationType: true,
        organisation: { select: { name: true, type: true, odsCode: true } },
      },
    }),
    db.informationFlow.findMany({
      where: { pathwayId: { in: pathwayIds } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        pathwayId: true,
        fromStepId: true,
        toStepId: true,
        purpose: true,
        timeliness: true,
        volumePerMonth: true,
        mechanism: true,
        standard: true,
        currentState: true,
        senderHoldsDigitally: true,
        receiverCanTakeIn: true,
        notes: true,
        version: true,
        categories: {
          select: { dataCategory: { select: { id: true, name: true } } },
          orderBy: { dataCategory: { name: "asc" } },
        },
      },
    }),
  ]);

  const contents = new Map<string, PathwayContent>();
  const lanesOf = new Map<string, Map<string, PathwayLane>>();
  for (const pathway of pathways) {
    contents.set(pathway.id, {
      name: pathway.name,
      population: pathway.population,
      purpose: pathway.purpose,
      lanes: [],
      steps: [],
      flows: [],
    });
    lanesOf.set(pathway.id, new Map());
  }
  for (const { pathwayId, organisation, organisationId, organisationType, ...step } of steps) {
    const key = laneKey({ organisationId, organisationType });
    const lanes = lanesOf.get(pathwayId);
    if (lanes && !lanes.has(key)) {
      lanes.set(
        key,
        organisation
          ? {
              key,
              label: organisation.name,
              organisationId,
              organisationType: organisation.type,
              odsCode: organisation.odsCode,
            }
          : {
              key,
              label: anyOfType(organisationType as OrganisationType),
              organisationId: null,
              organisationType: organisationType as OrganisationType,
              odsCode: null,
            },
      );
    }
    contents.get(pathwayId)?.steps.push({ ...step, laneKey: key });
  }
  for (const { pathwayId, categories, ...flow } of flows) {
    contents.get(pathwayId)?.flows.push({
      ...flow,
      categories: categories.map((category) => category.dataCategory),
    });
  }
  for (const [pathwayId, lanes] of lanesOf) {
    const content = contents.get(pathwayId);
    if (content) content.lanes = [...lanes.values()];
  }
  return contents;
}

/** The label of a lane that any organisation of a type can fill, e.g. "Any GP practice". */
export const anyOfType = (type: OrganisationType) => anyOrganisationOfType(type);
