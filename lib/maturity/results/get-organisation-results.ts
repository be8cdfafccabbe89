import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationPolicy } from "@/lib/organisations/policy";
import { isId } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { type DimensionScore, strongestAndWeakest } from "../scores";
import { distributionOf, SMALLEST_GROUP } from "../statistics";
import { COUNTED_STATUSES } from "./assessment-status";
import { findHelpers, type Helper, WEAK_SCORE } from "./help-where-weakest";
import { readOtherScores, readResultsRound } from "./round-data";

export interface ResultsRoundChoice {
  id: string;
  name: string;
  frameworkName: string;
}

/** A comparison with other organisations: the median, or why there is none. */
export interface Comparison {
  median: number | null;
  /** How many organisations the median is of (the organisation itself not among them). */
  count: number;
  /** Fewer than SMALLEST_GROUP organisations: too few to compare without identifying them. */
  tooFew: boolean;
}

export interface DimensionResult {
  key: string;
  name: string;
  score: number | null;
  peers: Comparison;
  coalition: Comparison;
}

export interface TrendLine {
  key: string;
  name: string;
  /** One score per trend round, in the same order; null where the dimension was not scored. */
  scores: (number | null)[];
}

export interface WeakDimensionHelp {
  key: string;
  name: string;
  score: number | null;
  helpers: Helper[];
  /** The round the helpers' scores come from; `earlier` when not the framework's latest. */
  from: { id: string; name: string; earlier: boolean } | null;
}

export interface OrganisationResults {
  organisation: {
    id: string;
    name: string;
    type: OrganisationType;
    shareMaturityResults: boolean;
  };
  canChangeSharing: boolean;
  /** Rounds with a submitted or validated assessment of the organisation, newest first. */
  rounds: ResultsRoundChoice[];
  /** The round shown, or null when the organisation has no results yet. */
  round: (ResultsRoundChoice & { frameworkId: string }) | null;
  /**
   * Newer rounds passed over by default because too few other organisations have results in them
   * yet to compare with; empty when a round was asked for.
   */
  passedOver: ResultsRoundChoice[];
  dimensions: DimensionResult[];
  strongest: { key: string; name: string; score: number | null }[];
  weakest: { key: string; name: string; score: number | null }[];
  trend: { rounds: ResultsRoundChoice[]; lines: TrendLine[] };
  help: WeakDimensionHelp[];
}

const compare = (scores: (number | null)[], others: number): Comparison => {
  const distribution = distributionOf(scores);
  const tooFew = others < SMALLEST_GROUP;
  return {
    median: tooFew ? null : (distribution?.median ?? null),
    count: others,
    tooFew,
  };
};

/**
 * The newest of the organisation's rounds in which enough other organisations have results to
 * compare with (SMALLEST_GROUP of them, submitted or validated, not archived), or its newest round
 * when none has: a small new round should not hide every comparison by default.
 */
async function defaultRound<T extends { id: string }>(
  db: DbTransaction,
  organisationId: string,
  choices: T[],
): Promise<T | undefined> {
  if (choices.length <= 1) return choices[0];
  const counts = await db.assessment.groupBy({
    by: ["roundId"],
    where: {
      roundId: { in: choices.map((choice) => choice.id) },
      organisationId: { not: organisationId },
      status: { in: [...COUNTED_STATUSES] },
      organisation: { archivedAt: null },
    },
    _count: { _all: true },
  });
  const others = new Map(counts.map((row) => [row.roundId, row._count._all]));
  return choices.find((choice) => (others.get(choice.id) ?? 0) >= SMALLEST_GROUP) ?? choices[0];
}

/**
 * An organisation's digital maturity results for one round (by default its latest round with a
 * submitted or validated assessment in which enough other organisations have results to compare): its dimension scores beside the median of its peers (same
 * type, itself left out) and of the coalition, its trend across the rounds of the same
 * framework, its strongest and weakest dimensions, and organisations that have chosen to be named
 * and could help where it is weakest. Null when the actor may not see its named results, the
 * organisation does not exist, or it has no such round, so the page answers 404 alike.
 */
export async function getOrganisationResults(
  actor: Actor,
  organisationId: string,
  roundId?: string,
): Promise<OrganisationResults | null> {
  if (!isId(organisationId)) return null;
  if (roundId !== undefined && !isId(roundId)) return null;
  const prisma = await getPrisma();
  // The cache key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma))["maturity-results"];
  const organisation = await prisma.organisation.findFirst({
    where: {
      id: organisationId,
      ...(organisationPolicy.canSeeArchived(actor) ? {} : { archivedAt: null }),
    },
    select: { id: true, name: true, type: true, shareMaturityResults: true, archivedAt: true },
  });
  if (!organisation || !maturityPolicy.canSeeNamedResults(actor, organisation)) return null;
  const results = await organisationResults.get(
    `${organisationId}:${roundId ?? "default"}:${counter}`,
    () => readOrganisationResults(prisma, organisation, roundId),
  );
  if (!results) return null;
  return {
    ...results,
    canChangeSharing:
      !organisation.archivedAt && maturityPolicy.canChangeSharing(actor, organisation.id),
  };
}

type SharedResults = Omit<OrganisationResults, "canChangeSharing">;

// Per organisation, round asked for and "maturity-results" change counter (raised with any change
// to assessments, scores, organisations, places, rounds or frameworks): everything on the results
// page but what depends on who is reading it, worked out once per change.
const organisationResults = sharedCache<SharedResults | null>("maturity-organisation-results", 500);

/** The results of an organisation the actor may see; null when it has no such round. */
async function readOrganisationResults(
  prisma: DbClient,
  organisation: { id: string; name: string; type: OrganisationType; shareMaturityResults: boolean },
  roundId: string | undefined,
): Promise<SharedResults | null> {
  const organisationId = organisation.id;
  // Every counted assessment of the organisation, with its stored scores: the round picker, the
  // round shown and the trend all come from this one read.
  const assessments = await prisma.assessment.findMany({
    where: { organisationId, status: { in: [...COUNTED_STATUSES] } },
    orderBy: [{ round: { opensOn: "desc" } }, { round: { createdAt: "desc" } }],
    select: {
      round: {
        select: {
          id: true,
          name: true,
          frameworkVersion: { select: { framework: { select: { id: true, name: true } } } },
        },
      },
      scores: {
        select: { score: true, dimension: { select: { id: true, key: true, name: true } } },
      },
    },
  });
  const choices = assessments.map(({ round }) => ({
    id: round.id,
    name: round.name,
    frameworkName: round.frameworkVersion.framework.name,
    frameworkId: round.frameworkVersion.framework.id,
  }));
  const chosen = roundId
    ? choices.find((choice) => choice.id === roundId)
    : await defaultRound(prisma, organisationId, choices);
  if (roundId && !chosen) return null;
  const passedOver = roundId || !chosen ? [] : choices.slice(0, choices.indexOf(chosen));

  const base = {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      shareMaturityResults: organisation.shareMaturityResults,
    },
    rounds: choices.map(({ frameworkId: _frameworkId, ...choice }) => choice),
  };
  if (!chosen) {
    return {
      ...base,
      round: null,
      passedOver: [],
      dimensions: [],
      strongest: [],
      weakest: [],
      trend: { rounds: [], lines: [] },
      help: [],
    };
  }

  const [round, groups] = await Promise.all([
    readResultsRound(prisma, chosen.id),
    readOtherScores(prisma, chosen.id, organisationId),
  ]);
  if (!round) return null;
  const own = new Map(
    assessments
      .find((assessment) => assessment.round.id === chosen.id)
      ?.scores.map(({ dimension, score }) => [dimension.id, score]),
  );

  const dimensions = round.dimensions.map((dimension): DimensionResult => {
    const inDimension = groups.filter((group) => group.dimensionId === dimension.id);
    const peerScores = inDimension
      .filter((group) => group.type === organisation.type)
      .flatMap((group) => group.scores);
    const otherScores = inDimension.flatMap((group) => group.scores);
    const ownScore = own.get(dimension.id) ?? null;
    return {
      key: dimension.key,
      name: dimension.name,
      score: ownScore,
      peers: compare(peerScores, peerScores.length),
      coalition: compare([...otherScores, ownScore], otherScores.length),
    };
  });

  // strongestAndWeakest works on full dimension scores; only the score matters to it here.
  const asScores = dimensions.map((dimension): DimensionScore => ({
    dimensionId: dimension.key,
    key: dimension.key,
    name: dimension.name,
    score: dimension.score,
    questions: 0,
    answered: 0,
    notApplicable: 0,
    missing: [],
  }));
  const { strongest, weakest } = strongestAndWeakest(asScores);
  const brief = (dimension: DimensionScore) => ({
    key: dimension.key,
    name: dimension.name,
    score: dimension.score,
  });

  // The trend: the rounds of the same framework, oldest first, following each dimension by key,
  // so that a dimension renamed or moved in a later version stays one line.
  const trendAssessments = assessments
    .filter(({ round: r }) => r.frameworkVersion.framework.id === round.frameworkId)
    .reverse();
  const keys = new Map<string, string>(round.dimensions.map((d) => [d.key, d.name]));
  for (const assessment of trendAssessments) {
    for (const { dimension } of assessment.scores) {
      if (!keys.has(dimension.key)) keys.set(dimension.key, dimension.name);
    }
  }
  const lines = [...keys].map(([key, name]) => ({
    key,
    name,
    scores: trendAssessments.map(
      (assessment) => assessment.scores.find((score) => score.dimension.key === key)?.score ?? null,
    ),
  }));

  const weakKeys = new Set([
    ...weakest.map((dimension) => dimension.key),
    ...dimensions
      .filter((dimension) => dimension.score !== null && dimension.score < WEAK_SCORE)
      .map((dimension) => dimension.key),
  ]);
  const helpers = await findHelpers(prisma, {
    organisationId,
    organisationType: organisation.type,
    frameworkId: round.frameworkId,
    dimensionKeys: [...weakKeys],
  });

  return {
    ...base,
    round: {
      id: round.id,
      name: round.name,
      frameworkName: round.frameworkName,
      frameworkId: round.frameworkId,
    },
    passedOver: passedOver.map(({ frameworkId: _frameworkId, ...choice }) => choice),
    dimensions,
    strongest: strongest.map(brief),
    weakest: weakest.map(brief),
    trend: {
      rounds: trendAssessments.map(({ round: r }) => ({
        id: r.id,
        name: r.name,
        frameworkName: r.frameworkVersion.framework.name,
      })),
      lines,
    },
    help: dimensions
      .filter((dimension) => weakKeys.has(dimension.key))
      .map((dimension) => {
        const found = helpers.get(dimension.key);
        return {
          key: dimension.key,
          name: dimension.name,
          score: dimension.score,
          helpers: found?.helpers ?? [],
          from: found ? { ...found.round, earlier: found.earlier } : null,
        };
      }),
  };
}
