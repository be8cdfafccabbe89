import "server-only";

import { readEveryChangeCounter } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNTED_STATUSES } from "@/lib/maturity/results/assessment-status";
import { type Distribution, SMALLEST_GROUP } from "@/lib/maturity/statistics";

import { keptFigure } from "./kept-figures";
import { organisationConditions, scopeOf } from "./load-figures";
import type { DashboardFilters } from "./schemas";

export interface MaturityFigures {
  round: { id: string; name: string; organisations: number };
  /** In framework order; a distribution is null when too few organisations scored it to show. */
  dimensions: { key: string; name: string; distribution: Distribution | null }[];
}

interface Row {
  roundId: string;
  roundName: string;
  organisations: number;
  key: string;
  name: string;
  count: number;
  min: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  max: number | null;
}

const toTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The spread of scores per dimension in the latest round (by opening day) with results from at
 * least as many organisations in the filters' scope as the maturity area needs to show a
 * distribution: the anonymised figures everyone may see, named results never. One query, kept
 * until an assessment, a score, a round or an organisation changes ("maturity-results").
 */
export async function loadMaturityFigures(
  db: DbClient,
  filters: DashboardFilters,
): Promise<MaturityFigures | null> {
  const counters = await readEveryChangeCounter(db);
  return keptFigure("maturity", counters, ["maturity-results"], scopeOf(filters), () =>
    spreadScores(db, filters),
  );
}

async function spreadScores(
  db: DbClient,
  filters: DashboardFilters,
): Promise<MaturityFigures | null> {
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const rows = await db.$queryRaw<Row[]>`
    WITH scoped AS MATERIALIZED (
      SELECT a.id, a."roundId"
        FROM "Assessment" a
        JOIN "Organisation" o ON o.id = a."organisationId"
       WHERE a.status::text IN (${counted}) AND ${organisationConditions(filters)}
    ), latest AS MATERIALIZED (
      SELECT r.id, r.name, r."frameworkVersionId", count(*)::int AS organisations
        FROM "AssessmentRound" r
        JOIN scoped ON scoped."roundId" = r.id
       GROUP BY r.id
      HAVING count(*) >= ${SMALLEST_GROUP}
       ORDER BY r."opensOn" DESC, r."createdAt" DESC
       LIMIT 1
    )
    SELECT latest.id AS "roundId", latest.name AS "roundName", latest.organisations,
           d.key, d.name, count(s.score)::int AS count,
           min(s.score) AS min,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY s.score) AS "lowerQuartile",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY s.score) AS "upperQuartile",
           max(s.score) AS max
      FROM latest
      JOIN "FrameworkDimension" d ON d."versionId" = latest."frameworkVersionId"
      LEFT JOIN (
        SELECT s."dimensionId", s.score
          FROM latest l
          JOIN scoped ON scoped."roundId" = l.id
          JOIN "AssessmentScore" s ON s."assessmentId" = scoped.id
         WHERE s.score IS NOT NULL
      ) s ON s."dimensionId" = d.id
     GROUP BY latest.id, latest.name, latest.organisations, d.id, d.key, d.name, d.position
     ORDER BY d.position, d.key`;
  const first = rows[0];
  if (!first) return null;
  return {
    round: { id: first.roundId, name: first.roundName, organisations: first.organisations },
    dimensions: rows.map((row) => ({
      key: row.key,
      name: row.name,
      distribution:
        row.count >= SMALLEST_GROUP && row.min !== null && row.max !== null
          ? {
              count: row.count,
              min: row.min,
              lowerQuartile: toTenth(Number(row.lowerQuartile)),
              median: toTenth(Number(row.median)),
              upperQuartile: toTenth(Number(row.upperQuartile)),
              max: row.max,
            }
          : null,
    })),
  };
}
