import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";

import { coalitionSqlConditions } from "./coalition-filters";
import { cannotSeeCoalition } from "./errors";
import { dataNeedPolicy } from "./policy";
import type { CoalitionNeedsQuery } from "./schemas";

/** One cell: needs not met at all, and needs partly met. */
export interface HeatmapCount {
  notMet: number;
  partlyMet: number;
  total: number;
}

export interface Heatmap {
  /** Every data category, in name order: the rows. */
  categories: { id: string; name: string }[];
  /** Every organisation type, in the usual order: the columns. */
  types: OrganisationType[];
  /** Cells by `${categoryId}|${type}`; absent cells are zero. */
  cells: Map<string, HeatmapCount>;
  rowTotals: Map<string, number>;
  columnTotals: Map<OrganisationType, number>;
  total: number;
  /** The largest cell, to scale the colours. */
  max: number;
}

export const cellKey = (categoryId: string, type: OrganisationType) => `${categoryId}|${type}`;

interface CountRow {
  categoryId: string;
  type: OrganisationType;
  notMet: number;
  partlyMet: number;
}

// Per filter and "pathway-inputs" change counter, which database triggers raise with every change
// to data needs, organisations and data categories: what the heatmap counts is read once per change.
const heatmaps = sharedCache<Heatmap>("data-needs-heatmaps", 200);

/**
 * The coalition's unmet and partly met data needs, counted by data category and the needing
 * organisation's type, for leads. One grouped query (and one for the category names) once per
 * change to the needs; archived organisations are left out; filters by the needing organisation's
 * place and by pathway.
 */
export async function getCoalitionHeatmap(
  actor: Actor,
  query: Pick<CoalitionNeedsQuery, "place" | "pathway">,
): Promise<Heatmap> {
  if (!dataNeedPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  const prisma = await getPrisma();
  // The key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma))["pathway-inputs"];
  return heatmaps.get(`${query.place ?? ""}:${query.pathway ?? ""}:${counter}`, () =>
    countNeeds(prisma, query),
  );
}

async function countNeeds(
  prisma: DbClient,
  query: Pick<CoalitionNeedsQuery, "place" | "pathway">,
): Promise<Heatmap> {
  const [categories, rows] = await Promise.all([
    prisma.dataCategory.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.$queryRaw<CountRow[]>(Prisma.sql`
      SELECT n."dataCategoryId" AS "categoryId", o."type"::text AS "type",
             count(*) FILTER (WHERE n."metToday" = 'NOT_AT_ALL')::int AS "notMet",
             count(*) FILTER (WHERE n."metToday" = 'PARTLY')::int AS "partlyMet"
        FROM "DataNeed" n
        JOIN "Organisation" o ON o.id = n."organisationId"
       WHERE ${coalitionSqlConditions(query)}
       GROUP BY n."dataCategoryId", o."type"`),
  ]);
  const cells = new Map<string, HeatmapCount>();
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<OrganisationType, number>();
  let total = 0;
  let max = 0;
  for (const row of rows) {
    const count = {
      notMet: row.notMet,
      partlyMet: row.partlyMet,
      total: row.notMet + row.partlyMet,
    };
    cells.set(cellKey(row.categoryId, row.type), count);
    rowTotals.set(row.categoryId, (rowTotals.get(row.categoryId) ?? 0) + count.total);
    columnTotals.set(row.type, (columnTotals.get(row.type) ?? 0) + count.total);
    total += count.total;
    max = Math.max(max, count.total);
  }
  return { categories, types: organisationTypes, cells, rowTotals, columnTotals, total, max };
}
