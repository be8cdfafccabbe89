import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

import type { CoalitionNeedsQuery } from "./schemas";

// The coalition view's filters as one where-clause, for Prisma and for SQL, so the heatmap, its
// drill-down and the export count and list the same needs.

/** Needs that are not fully met: the ones the heatmap counts. */
export const UNMET = ["PARTLY", "NOT_AT_ALL"] as const;

export function coalitionWhere(
  query: Omit<CoalitionNeedsQuery, "page">,
  { unmetOnly }: { unmetOnly: boolean },
): Prisma.DataNeedWhereInput {
  return {
    organisation: {
      archivedAt: null,
      ...(query.place ? { placeId: query.place } : {}),
      ...(query.type ? { type: query.type } : {}),
    },
    ...(query.category ? { dataCategoryId: query.category } : {}),
    ...(query.pathway ? { pathwayStep: { pathwayId: query.pathway } } : {}),
    ...(unmetOnly ? { metToday: { in: [...UNMET] } } : {}),
  };
}

/**
 * The coalition view's filters as SQL conditions on "DataNeed" n and "Organisation" o: the
 * heatmap's place and pathway, and a chosen cell's category and type for the drill-down.
 */
export function coalitionSqlConditions(
  query: Pick<CoalitionNeedsQuery, "place" | "pathway"> &
    Partial<Pick<CoalitionNeedsQuery, "category" | "type">>,
) {
  const conditions = [
    Prisma.sql`n."metToday" IN ('PARTLY', 'NOT_AT_ALL')`,
    Prisma.sql`o."archivedAt" IS NULL`,
  ];
  if (query.place) conditions.push(Prisma.sql`o."placeId" = ${query.place}::uuid`);
  if (query.type) conditions.push(Prisma.sql`o."type" = ${query.type}::"OrganisationType"`);
  if (query.category) conditions.push(Prisma.sql`n."dataCategoryId" = ${query.category}::uuid`);
  if (query.pathway) {
    conditions.push(
      Prisma.sql`n."pathwayStepId" IN (SELECT s.id FROM "PathwayStep" s WHERE s."pathwayId" = ${query.pathway}::uuid)`,
    );
  }
  return Prisma.join(conditions, " AND ");
}
