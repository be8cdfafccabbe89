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
}

/**
 * For each dimension key, up to five organisations that scored well on it in the framework's
 * latest round with results, and that have chosen to share their named results: organisations
 * of the same type first, then those using the same systems, then the highest scores.
 */
export async function findHelpers(
  db: Prisma.TransactionClient,
  options: {
    organisationId: string;
    organisationType: OrganisationType;
    frameworkId: string;
    dimensionKeys: string[];
  },
): Promise<Map<string, Helper[]>> {
  const helpers = new Map<string, Helper[]>();
  if (options.dimensionKeys.length === 0) return helpers;
  const latest = await db.assessmentRound.findFirst({
    where: {
      frameworkVersion: { frameworkId: options.frameworkId },
      assessments: { some: { status: { in: [...COUNTED_STATUSES] } } },
    },
    orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (!latest) return helpers;
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const keys = Prisma.join(options.dimensionKeys.map((key) => Prisma.sql`${key}`));
  const rows = await db.$queryRaw<HelperRow[]>(Prisma.sql`
    WITH candidates AS (
      SELECT d.key, o.id, o.name, o.type::text AS type, s.score,
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
        JOIN "FrameworkDimension" d ON d.id = s."dimensionId"
        JOIN "Organisation" o ON o.id = a."organisationId"
       WHERE a."roundId" = ${latest.id}::uuid
         AND a.status::text IN (${counted})
         AND d.key IN (${keys})
         AND s.score >= ${HELPFUL_SCORE}
         AND o."shareMaturityResults"
         AND o."archivedAt" IS NULL
         AND o.id <> ${options.organisationId}::uuid
    ), ranked AS (
      SELECT candidates.*,
             row_number() OVER (
               PARTITION BY key
               ORDER BY "sameType" DESC, cardinality("sharedSystems") > 0 DESC, score DESC, name, id
             ) AS rank
        FROM candidates
    )
    SELECT key, id, name, type, score, "sameType", "sharedSystems"
      FROM ranked
     WHERE rank <= ${HELPERS_PER_DIMENSION}
     ORDER BY key, rank`);
  for (const { key, ...helper } of rows) {
    const list = helpers.get(key) ?? [];
    list.push(helper);
    helpers.set(key, list);
  }
  return helpers;
}
