import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

import { COUNTED_STATUSES } from "./assessment-status";

/** A dimension scoring below this counts as weak, as well as the organisation's weakest. */
export const WEAK_SCORE = 2.5;
/** An organisation scoring this or more on a dimension can help others with it. */
export const HELPFUL_SCORE = 4;
/** Organisations suggested for each weak dimension. */
export const HELPERS_PER_DIMENSION = 5;

export interface Helper {
  id: string;
  name: string;
  type: OrganisationType;
  score: number;
  sameType: boolean;
  /** Systems in use (supplier and product) that both organisations have. */
  sharedSystems: string[];
}

interface HelperRow extends Helper {
  key: string;
  roundId: string;
  roundName: string;
}

/** The organisations suggested for one dimension, and the round whose scores they come from. */
export interface HelpersOfDimension {
  round: { id: string; name: string };
  /** The round is earlier than the framework's latest round with results. */
  earlier: boolean;
  helpers: Helper[];
}

/**
 * For each dimension key, up to five organisations that scored well on it and that have chosen to
 * share their named results: organisations of the same type first, then those using the same
 * systems, then the highest scores. They come from the framework's latest round with results, or,
 * where nobody there scored well on a dimension (a small new round, say), from the newest earlier
 * round where someone did, marked as earlier. One query, whatever the number of rounds.
 */
export async function findHelpers(
  db: DbTransaction,
  options: {
    organisationId: string;
    organisationType: OrganisationType;
    frameworkId: string;
    dimensionKeys: string[];
  },
): Promise<Map<string, HelpersOfDimension>> {
  const found = new Map<string, HelpersOfDimension>();
  if (options.dimensionKeys.length === 0) return found;
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const keys = Prisma.join(options.dimensionKeys.map((key) => Prisma.sql`${key}`));
  const [latest, rows] = await Promise.all([
    db.assessmentRound.findFirst({
      where: {
        frameworkVersion: { frameworkId: options.frameworkId },
        assessments: { some: { status: { in: [...COUNTED_STATUSES] } } },
      },
      orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    }),
    db.$queryRaw<HelperRow[]>(Prisma.sql`
    WITH candidates AS (
      SELECT d.key, r.id AS "roundId", r.name AS "roundName", r."opensOn",
             r."createdAt" AS "roundCreatedAt",
             o.id, o.name, o.type::text AS type, s.score,
             o.type::text = ${options.organisationType} AS "sameType",
             ARRAY(
               SELECT DISTINCT theirs.supplier || ' ' || theirs.product
                 FROM "SystemInUse" theirs
                 JOIN "SystemInUse" mine
                   ON lower(mine.supplier) = lower(theirs.supplier)
                  AND lower(mine.product) = lower(theirs.product)
                WHERE mine."organisationId" = ${options.organisationId}::uuid
                  AND theirs."organisationId" = o.id
                ORDER BY 1
             ) AS "sharedSystems"
        FROM "AssessmentScore" s
        JOIN "Assessment" a ON a.id = s."assessmentId"
        JOIN "AssessmentRound" r ON r.id = a."roundId"
        JOIN "FrameworkVersion" v ON v.id = r."frameworkVersionId"
        JOIN "FrameworkDimension" d ON d.id = s."dimensionId"
        JOIN "Organisation" o ON o.id = a."organisationId"
       WHERE v."frameworkId" = ${options.frameworkId}::uuid
         AND a.status::text IN (${counted})
         AND d.key IN (${keys})
         AND s.score >= ${HELPFUL_SCORE}
         AND o."shareMaturityResults"
         AND o."archivedAt" IS NULL
         AND o.id <> ${options.organisationId}::uuid
    ), newest AS (
      SELECT DISTINCT ON (key) key, "roundId"
        FROM candidates
       ORDER BY key, "opensOn" DESC, "roundCreatedAt" DESC
    ), ranked AS (
      SELECT candidates.*,
             row_number() OVER (
               PARTITION BY candidates.key
               ORDER BY "sameType" DESC, cardinality("sharedSystems") > 0 DESC, score DESC, name, id
             ) AS rank
        FROM candidates
        JOIN newest ON newest.key = candidates.key AND newest."roundId" = candidates."roundId"
    )
    SELECT key, "roundId", "roundName", id, name, type, score, "sameType", "sharedSystems"
      FROM ranked
     WHERE rank <= ${HELPERS_PER_DIMENSION}
     ORDER BY key, rank`),
  ]);
  for (const { key, roundId, roundName, ...helper } of rows) {
    const entry = found.get(key) ?? {
      round: { id: roundId, name: roundName },
      earlier: roundId !== latest?.id,
      helpers: [],
    };
    entry.helpers.push(helper);
    found.set(key, entry);
  }
  return found;
}
