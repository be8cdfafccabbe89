import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { AssessmentStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { isId } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { RESULTS_PAGE_SIZE, type RoundResultsQuery } from "../schemas";
import { type Distribution, distributionOf, shareableDistribution } from "../statistics";
import { assessmentStatusOrder } from "./assessment-status";
import {
  readResultsRound,
  readRoundAssessments,
  type ResultsRound,
  type RoundAssessment,
} from "./round-data";

/** The spread of one type's scores (or every type's, when `type` is null), dimension by dimension. */
export interface TypeDistribution {
  type: OrganisationType | null;
  /** Organisations of the type with results in the round. */
  count: number;
  /** In framework order; null when the group is too small to show or has no scores. */
  dimensions: (Distribution | null)[];
}

export interface ResultsRow {
  organisationId: string;
  name: string;
  odsCode: string | null;
  type: OrganisationType;
  placeName: string;
  shares: boolean;
  status: AssessmentStatus;
  counted: boolean;
  /** In framework order. */
  scores: (number | null)[];
}

export interface RoundResults {
  round: ResultsRound;
  /** The actor sees every organisation, the round's completion and the export: leads. */
  canSeeCoalition: boolean;
  /** Organisations with results (submitted or validated) in the round. */
  counted: number;
  distributions: TypeDistribution[];
  /** Assessments by status, for leads; null for everyone else. */
  completion: { status: AssessmentStatus; count: number }[] | null;
  /**
   * Named results the actor may see: for leads every organisation in the round, whatever its
   * status; for everyone else organisations that share their results, and their own.
   */
  table: {
    rows: ResultsRow[];
    total: number;
    page: number;
    pageCount: number;
    query: RoundResultsQuery;
  };
  /** Places of the organisations in the table, for its filter. */
  places: { id: string; name: string }[];
}

/** The distributions of scores per organisation type and for all types, hidden when too few. */
function distributionsOf(round: ResultsRound, counted: RoundAssessment[]): TypeDistribution[] {
  const group = (type: OrganisationType | null, members: RoundAssessment[]) => ({
    type,
    count: members.length,
    dimensions: round.dimensions.map((dimension) =>
      shareableDistribution(
        distributionOf(members.map((member) => member.scores.get(dimension.id) ?? null)),
      ),
    ),
  });
  return [
    ...organisationTypes
      .map((type) =>
        group(
          type,
          counted.filter((assessment) => assessment.type === type),
        ),
      )
      .filter((distribution) => distribution.count > 0),
    group(null, counted),
  ];
}

// One collator for every comparison: localeCompare with a locale builds one per call.
const collator = new Intl.Collator("en-GB");

function sortRows(rows: ResultsRow[], round: ResultsRound, query: RoundResultsQuery) {
  const column = round.dimensions.findIndex((dimension) => dimension.key === query.sort);
  const direction = query.order === "desc" ? -1 : 1;
  const byName = (a: ResultsRow, b: ResultsRow) =>
    collator.compare(a.name, b.name) || a.organisationId.localeCompare(b.organisationId);
  return rows.sort((a, b) => {
    if (column < 0) return direction * byName(a, b);
    const x = a.scores[column] ?? null;
    const y = b.scores[column] ?? null;
    // Organisations without a score come last either way.
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}

/** What a round's results are made of, the same for everyone who reads them. */
interface RoundData {
  round: ResultsRound;
  assessments: RoundAssessment[];
  distributions: TypeDistribution[];
}

// Per round and "maturity-results" change counter (raised with any change to assessments,
// scores, organisations, places, rounds or frameworks): read and summarised once per change.
const roundData = sharedCache<RoundData | null>("maturity-round-data", 50);

async function readRoundData(prisma: DbClient, roundId: string): Promise<RoundData | null> {
  // The key is read before the data, so an entry is never older than its key.
  const counter = await readChangeCounter(prisma, "maturity-results");
  return roundData.get(`${roundId}:${counter}`, async () => {
    const [round, assessments] = await Promise.all([
      readResultsRound(prisma, roundId),
      readRoundAssessments(prisma, roundId),
    ]);
    if (!round) return null;
    const counted = assessments.filter((assessment) => assessment.counted);
    return { round, assessments, distributions: distributionsOf(round, counted) };
  });
}

function buildResults(
  actor: Actor,
  { round, assessments, distributions }: RoundData,
  query: RoundResultsQuery,
  pageSize: number,
): RoundResults {
  const canSeeCoalition = maturityPolicy.canSeeCoalition(actor);
  const counted = assessments.filter((assessment) => assessment.counted);
  const visible = (canSeeCoalition ? assessments : counted).filter((assessment) =>
    maturityPolicy.canSeeNamedResults(actor, {
      id: assessment.organisationId,
      shareMaturityResults: assessment.shares,
    }),
  );
  const places = [
    ...new Map(visible.map((assessment) => [assessment.placeId, assessment.placeName])),
  ]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const filtered = visible.filter(
    (assessment) =>
      (!query.type || assessment.type === query.type) &&
      (!query.place || assessment.placeId === query.place),
  );
  const rows = sortRows(
    filtered.map((assessment) => ({
      organisationId: assessment.organisationId,
      name: assessment.name,
      odsCode: assessment.odsCode,
      type: assessment.type,
      placeName: assessment.placeName,
      shares: assessment.shares,
      status: assessment.status,
      counted: assessment.counted,
      scores: round.dimensions.map((dimension) => assessment.scores.get(dimension.id) ?? null),
    })),
    round,
    query,
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(query.page, pageCount);
  const completion = canSeeCoalition
    ? assessmentStatusOrder.map((status) => ({
        status,
        count: assessments.filter((assessment) => assessment.status === status).length,
      }))
    : null;
  return {
    round,
    canSeeCoalition,
    counted: counted.length,
    distributions,
    completion,
    table: {
      rows: rows.slice((page - 1) * pageSize, page * pageSize),
      total: rows.length,
      page,
      pageCount,
      query: { ...query, page },
    },
    places,
  };
}

/**
 * A round's results as the actor may see them. Everyone signed in sees the distributions per
 * organisation type (hidden for groups too small to stay anonymous) and the named results of
 * organisations that share them; leads also see every organisation's scores and status and the
 * round's completion. Null when there is no such round.
 */
export async function getRoundResults(
  actor: Actor,
  roundId: string,
  query: RoundResultsQuery,
): Promise<RoundResults | null> {
  if (!isId(roundId)) return null;
  const data = await readRoundData(await getPrisma(), roundId);
  return data ? buildResults(actor, data, query, RESULTS_PAGE_SIZE) : null;
}

export const cannotSeeCoalition = () =>
  new AppError("FORBIDDEN", "Only programme leads can see every organisation's results.");

/**
 * The board report of a round, for leads: completion, distributions and every organisation's
 * scores on one page. Null when there is no such round.
 */
export async function getRoundReport(actor: Actor, roundId: string): Promise<RoundResults | null> {
  if (!maturityPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  if (!isId(roundId)) return null;
  const data = await readRoundData(await getPrisma(), roundId);
  if (!data) return null;
  return buildResults(
    actor,
    data,
    { sort: "name", order: "asc", page: 1 },
    Number.MAX_SAFE_INTEGER,
  );
}
