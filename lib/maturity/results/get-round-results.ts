import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { PerEntry, readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { AssessmentStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { pageOf } from "@/lib/paging/page-of";
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

/** A row of the table with what its filters and sorts read, made once per round and change. */
interface TableEntry {
  row: ResultsRow;
  placeId: string;
  /** Its position in name order, for ties when sorting by a score. */
  rank: number;
}

/** What a round's results are made of, the same for everyone who reads them. */
interface RoundData {
  round: ResultsRound;
  /** Every assessment's row, in name order. */
  entries: TableEntry[];
  /** Every place of the round's organisations, in name order. */
  places: { id: string; name: string }[];
  counted: number;
  completion: { status: AssessmentStatus; count: number }[];
  distributions: TypeDistribution[];
}

function roundDataOf(round: ResultsRound, assessments: RoundAssessment[]): RoundData {
  const counted = assessments.filter((assessment) => assessment.counted);
  const entries = assessments
    .map((assessment) => ({
      placeId: assessment.placeId,
      rank: 0,
      row: {
        organisationId: assessment.organisationId,
        name: assessment.name,
        odsCode: assessment.odsCode,
        type: assessment.type,
        placeName: assessment.placeName,
        shares: assessment.shares,
        status: assessment.status,
        counted: assessment.counted,
        scores: round.dimensions.map((dimension) => assessment.scores.get(dimension.id) ?? null),
      },
    }))
    .sort(
      (a, b) =>
        collator.compare(a.row.name, b.row.name) ||
        a.row.organisationId.localeCompare(b.row.organisationId),
    );
  for (const [index, entry] of entries.entries()) entry.rank = index;
  const places = [
    ...new Map(assessments.map((assessment) => [assessment.placeId, assessment.placeName])),
  ]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    round,
    entries,
    places,
    counted: counted.length,
    completion: assessmentStatusOrder.map((status) => ({
      status,
      count: assessments.filter((assessment) => assessment.status === status).length,
    })),
    distributions: distributionsOf(round, counted),
  };
}

/** The entries in the query's order: name order is kept from the cache, a score's sorted. */
function sortEntries(entries: TableEntry[], round: ResultsRound, query: RoundResultsQuery) {
  const column = round.dimensions.findIndex((dimension) => dimension.key === query.sort);
  const direction = query.order === "desc" ? -1 : 1;
  if (column < 0) return direction === 1 ? entries : entries.toReversed();
  // Equal scores, and no scores, in name order whichever way the scores run.
  const byName = (a: TableEntry, b: TableEntry) => a.rank - b.rank;
  return entries.toSorted((a, b) => {
    const x = a.row.scores[column] ?? null;
    const y = b.row.scores[column] ?? null;
    // Organisations without a score come last either way.
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}

// Per round and "maturity-results" change counter (raised with any change to assessments,
// scores, organisations, places, rounds or frameworks): read, summarised and put in name order
// once per change, so that a request only filters, and sorts only when asked for a score.
const roundData = sharedCache<RoundData | null>("maturity-round-data", 50);

async function readRoundData(prisma: DbClient, roundId: string): Promise<RoundData | null> {
  // The key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma))["maturity-results"];
  return roundData.get(`${roundId}:${counter}`, async () => {
    const [round, assessments] = await Promise.all([
      readResultsRound(prisma, roundId),
      readRoundAssessments(prisma, roundId),
    ]);
    return round ? roundDataOf(round, assessments) : null;
  });
}

// Every entry in each order asked for, sorted once per round's data: a request only filters.
const sorted = new PerEntry<RoundData, TableEntry[]>();

function sortedEntries(data: RoundData, query: RoundResultsQuery): TableEntry[] {
  // By column, not by the query's text: an unknown sort is name order, and adds no entry.
  const column = data.round.dimensions.findIndex((dimension) => dimension.key === query.sort);
  return sorted.get(data, `${column}:${query.order}`, () =>
    sortEntries(data.entries, data.round, query),
  );
}

function buildResults(
  actor: Actor,
  data: RoundData,
  query: RoundResultsQuery,
  pageSize: number,
): RoundResults {
  const canSeeCoalition = maturityPolicy.canSeeCoalition(actor);
  const placeIds = new Set<string>();
  const filtered: TableEntry[] = [];
  for (const entry of sortedEntries(data, query)) {
    const { row } = entry;
    const sees =
      (canSeeCoalition || row.counted) &&
      maturityPolicy.canSeeNamedResults(actor, {
        id: row.organisationId,
        shareMaturityResults: row.shares,
      });
    if (!sees) continue;
    placeIds.add(entry.placeId);
    if ((!query.type || row.type === query.type) && (!query.place || entry.placeId === query.place))
      filtered.push(entry);
  }
  const shown = pageOf(filtered, query.page, pageSize);
  return {
    round: data.round,
    canSeeCoalition,
    counted: data.counted,
    distributions: data.distributions,
    completion: canSeeCoalition ? data.completion : null,
    table: {
      rows: shown.items.map((entry) => entry.row),
      total: shown.total,
      page: shown.page,
      pageCount: shown.pageCount,
      query: { ...query, page: shown.page },
    },
    places: data.places.filter((place) => placeIds.has(place.id)),
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
