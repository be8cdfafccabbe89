import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { CoverageAgreements } from "@/lib/agreements/coverage/load-agreements";
import { loadCoverageAgreements } from "@/lib/agreements/coverage/load-agreements";
import {
  coverageFlowsOf,
  type DescribedCoverage,
  pathwayCoverage,
} from "@/lib/agreements/coverage/pathway-coverage";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { OrganisationType } from "@/lib/generated/prisma/client";

import type { PathwayContent, PathwayLane } from "./content";
import {
  assessFlowReadiness,
  type FlowReadiness,
  type ReadinessSummary,
  summariseReadiness,
} from "./readiness";

/**
 * Recorded data needs counted by what matching looks at. Needs of the organisations in the
 * pathway's lanes keep their organisation; needs counted for lanes of a type keep only the type
 * (organisationId null), so each kind of lane matches its own counts and none twice.
 */
interface RecordedNeed {
  organisationId: string | null;
  organisationType: OrganisationType;
  sourceOrganisationId: string | null;
  sourceType: OrganisationType | null;
  count: number;
}

export interface PathwayReadiness {
  flows: Map<string, FlowReadiness>;
  summary: ReadinessSummary;
  /** Each flow's coverage by data sharing agreements, by flow id. */
  coverage: Map<string, DescribedCoverage>;
}

/**
 * What a pathway's readiness depends on besides the pathway and the change counters, for keys of
 * derived data: the day (an agreement's review or end date comes closer) and which agreements the
 * reader may open by name (all for leads, else those of their organisations or published ones).
 * Summaries name no agreement, so they need no reader.
 */
export function readinessKeyFor(reader?: Actor): string {
  const day = new Date().toISOString().slice(0, 10);
  if (!reader) return `${day}:anyone`;
  if (isProgrammeLead(reader)) return `${day}:all`;
  const organisations = reader.memberships.map((m) => m.organisationId).sort();
  return `${day}:${organisations.join(",")}`;
}

/**
 * The readiness of every flow of a pathway and of the pathway as a whole. Reads the data needs
 * that could match any of its flows in one query, then matches them in memory.
 */
export async function assessPathway(
  db: DbTransaction,
  content: PathwayContent,
  reader?: Actor,
): Promise<PathwayReadiness> {
  const [readiness] = await assessPathways(db, [content], reader);
  return readiness as PathwayReadiness;
}

/**
 * The readiness of many pathways, with one query for the data needs of them all and a fixed few
 * for the agreements that could cover their flows. Agreements the reader may not open still count,
 * but only those they may open are named.
 */
export async function assessPathways(
  db: DbTransaction,
  contents: PathwayContent[],
  reader?: Actor,
): Promise<PathwayReadiness[]> {
  const [needsByCategory, agreements] = await Promise.all([
    readMatchingNeeds(db, contents),
    loadCoverageAgreements(db, contents.flatMap(coverageFlowsOf), reader),
  ]);
  const now = new Date();
  return contents.map((content) => assessContent(content, needsByCategory, agreements, now));
}

function assessContent(
  content: PathwayContent,
  needsByCategory: Map<string, RecordedNeed[]>,
  agreements: CoverageAgreements,
  now: Date,
): PathwayReadiness {
  const coverage = pathwayCoverage(content, agreements.agreements, agreements.readable, now);
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
          if (needsFrom(need, receiver, sender)) matchingNeeds += need.count;
        }
      }
    }
    const covered = coverage.get(flow.id);
    const agreement = covered
      ? { verdict: covered.verdict, reason: covered.reason }
      : { verdict: "NOT_COVERED" as const, reason: "No data sharing agreement covers this flow." };
    flows.set(flow.id, assessFlowReadiness({ ...flow, matchingNeeds, agreement }));
  }
  return { flows, summary: summariseReadiness([...flows.values()]), coverage };
}

/** A need recorded by the receiving lane for data from the sending lane. */
function needsFrom(need: RecordedNeed, receiver: PathwayLane, sender: PathwayLane): boolean {
  const byReceiver = receiver.organisationId
    ? need.organisationId === receiver.organisationId
    : need.organisationId === null && need.organisationType === receiver.organisationType;
  if (!byReceiver) return false;
  // A need from any organisation of a type is met by a sender of that type.
  if (need.sourceOrganisationId === null) return need.sourceType === sender.organisationType;
  // A need from one organisation: that organisation's lane, or a lane any of its type can fill.
  return sender.organisationId
    ? need.sourceOrganisationId === sender.organisationId
    : need.sourceType === sender.organisationType;
}

async function readMatchingNeeds(
  db: DbTransaction,
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

  // Counted in the database, grouped by what matching needs: a coalition's tens of thousands of
  // needs come back as a few hundred rows.
  const categories = [...categoryIds];
  const [byOrganisation, byType] = await Promise.all([
    organisationIds.size === 0
      ? []
      : db.$queryRaw<NeedCountRow[]>`
          SELECT n."dataCategoryId", n."organisationId", o.type::text AS "organisationType",
                 n."sourceOrganisationId",
                 COALESCE(n."sourceOrganisationType", so.type)::text AS "sourceType",
                 count(*)::int AS count
            FROM "DataNeed" n
            JOIN "Organisation" o ON o.id = n."organisationId"
            LEFT JOIN "Organisation" so ON so.id = n."sourceOrganisationId"
           WHERE n."organisationId" = ANY(${[...organisationIds]}::uuid[])
             AND n."dataCategoryId" = ANY(${categories}::uuid[])
             AND o."archivedAt" IS NULL
           GROUP BY 1, 2, 3, 4, 5`,
    types.size === 0
      ? []
      : db.$queryRaw<NeedCountRow[]>`
          SELECT n."dataCategoryId", NULL::uuid AS "organisationId", o.type::text AS "organisationType",
                 n."sourceOrganisationId",
                 COALESCE(n."sourceOrganisationType", so.type)::text AS "sourceType",
                 count(*)::int AS count
            FROM "DataNeed" n
            JOIN "Organisation" o ON o.id = n."organisationId"
            LEFT JOIN "Organisation" so ON so.id = n."sourceOrganisationId"
           WHERE o.type::text = ANY(${[...types]}::text[])
             AND n."dataCategoryId" = ANY(${categories}::uuid[])
             AND o."archivedAt" IS NULL
           GROUP BY 1, 2, 3, 4, 5`,
  ]);

  const byCategory = new Map<string, RecordedNeed[]>();
  for (const { dataCategoryId, ...need } of [...byOrganisation, ...byType]) {
    const list = byCategory.get(dataCategoryId) ?? [];
    list.push(need);
    byCategory.set(dataCategoryId, list);
  }
  return byCategory;
}

interface NeedCountRow extends RecordedNeed {
  dataCategoryId: string;
}
