import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import { boundedChoices, FILTER_CHOICES_MAX } from "@/lib/filters/choices";
import { Prisma } from "@/lib/generated/prisma/client";

import { coalitionSqlConditions, coalitionWhere } from "./coalition-filters";
import { cannotSeeCoalition } from "./errors";
import type { NeedRow, NeedsPage } from "./list-organisation-needs";
import { dataNeedPolicy } from "./policy";
import { type CoalitionNeedsQuery, DATA_NEEDS_PAGE_SIZE } from "./schemas";

// How many needs match each filter, per "pathway-inputs" change counter (raised by database
// triggers with every change to data needs, organisations and data categories).
const totals = sharedCache<number>("data-needs-totals", 500);
// A page of needs per filter and page, under the same counter and the "pathways" counter (raised
// with any change to a pathway, its steps included), as the rows name their step and pathway.
const pages = sharedCache<NeedRow[]>("data-needs-pages", 200);

/**
 * The individual unmet and partly met needs behind the heatmap, for leads: one cell (a data
 * category and the needing organisation's type) or a whole row or column, with the same filters.
 */
export async function listCoalitionNeeds(
  actor: Actor,
  query: CoalitionNeedsQuery,
): Promise<NeedsPage> {
  if (!dataNeedPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  const prisma = await getPrisma();
  const where = coalitionWhere(query, { unmetOnly: true });
  // The key is read before the data, so an entry is never older than its key.
  const counters = await readEveryChangeCounter(prisma);
  const counter = counters["pathway-inputs"];
  const { page: _page, ...filters } = query;
  const total = await totals.get(`${JSON.stringify(filters)}:${counter}`, () =>
    prisma.dataNeed.count({ where }),
  );
  const pageCount = Math.max(1, Math.ceil(total / DATA_NEEDS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const needs = await pages.get(
    `${JSON.stringify(filters)}:${page}:${counter}:${counters.pathways}`,
    () => readNeedsPage(prisma, query, page),
  );
  return { needs, total, page, pageCount };
}

async function readNeedsPage(
  prisma: DbClient,
  query: CoalitionNeedsQuery,
  page: number,
): Promise<NeedRow[]> {
  // One statement with its names joined in, not one per relation: the page is read by every lead.
  // The page is picked first, from the needs and their organisations alone; only its 25 rows
  // are then joined to their names. Needs are shown by importance, then how far they are met,
  // then the organisation's name: for each of those six groups the organisations are walked in
  // name order (an index) until the page is full, rather than every matching need sorted.
  const limit = page * DATA_NEEDS_PAGE_SIZE;
  return prisma.$queryRaw<NeedRow[]>(Prisma.sql`
    WITH shown AS MATERIALIZED (
      SELECT x.id, i.rank AS "importanceRank", m.rank AS "metRank", x.name
        FROM unnest(enum_range(NULL::"NeedImportance")) WITH ORDINALITY AS i(importance, rank)
       CROSS JOIN unnest(ARRAY['NOT_AT_ALL', 'PARTLY']::"NeedMet"[]) WITH ORDINALITY AS m(met, rank)
       CROSS JOIN LATERAL (
         SELECT n.id, o.name
           FROM "Organisation" o
           JOIN "DataNeed" n ON n."organisationId" = o.id
          WHERE n.importance = i.importance AND n."metToday" = m.met
            AND ${coalitionSqlConditions(query)}
          ORDER BY o.name, n.id
          LIMIT ${limit}) x
       ORDER BY i.rank, m.rank, x.name, x.id
       LIMIT ${DATA_NEEDS_PAGE_SIZE} OFFSET ${limit - DATA_NEEDS_PAGE_SIZE}
    )
    SELECT n.id, n."teamOrRole", n.timeliness::text AS timeliness, n."volumePerMonth", n.purpose,
           n.decision, n.importance::text AS importance, n."metToday"::text AS "metToday",
           n."sourceOrganisationType"::text AS "sourceOrganisationType",
           json_build_object('id', c.id, 'name', c.name) AS "dataCategory",
           CASE WHEN so.id IS NULL THEN NULL
                ELSE json_build_object('id', so.id, 'name', so.name) END AS "sourceOrganisation",
           json_build_object('id', o.id, 'name', o.name, 'type', o.type) AS organisation,
           CASE WHEN s.id IS NULL THEN NULL
                ELSE json_build_object('name', s.name,
                       'pathway', json_build_object('name', p.name, 'status', p.status)) END
             AS "pathwayStep"
      FROM shown
      JOIN "DataNeed" n ON n.id = shown.id
      JOIN "Organisation" o ON o.id = n."organisationId"
      JOIN "DataCategory" c ON c.id = n."dataCategoryId"
      LEFT JOIN "Organisation" so ON so.id = n."sourceOrganisationId"
      LEFT JOIN "PathwayStep" s ON s.id = n."pathwayStepId"
      LEFT JOIN "Pathway" p ON p.id = s."pathwayId"
     ORDER BY shown."importanceRank", shown."metRank", shown.name, shown.id`);
}

type Named = { id: string; name: string };
interface FilterLists {
  places: Named[];
  pathways: (Named & { status: string })[];
  categories: Named[];
}

const filterLists = sharedCache<FilterLists>("data-needs-filter-lists", 20);

// One statement for the three lists; one more than the most a filter lists tells "too many".
async function readFilterLists(prisma: DbClient): Promise<FilterLists> {
  const [lists] = await prisma.$queryRaw<FilterLists[]>(Prisma.sql`
    SELECT
      (SELECT COALESCE(json_agg(x), '[]') FROM (
         SELECT id, name FROM "Place" ORDER BY name LIMIT ${FILTER_CHOICES_MAX + 1}) x) AS places,
      (SELECT COALESCE(json_agg(x), '[]') FROM (
         SELECT id, name, status FROM "Pathway" ORDER BY name, "createdAt"
          LIMIT ${FILTER_CHOICES_MAX + 1}) x) AS pathways,
      (SELECT COALESCE(json_agg(x), '[]') FROM (
         SELECT id, name FROM "DataCategory" ORDER BY name) x) AS categories`);
  return lists ?? { places: [], pathways: [], categories: [] };
}

const pathwayLabel = ({ name, status }: { name: string; status: string }) =>
  // A published pathway and a draft copy of it (an import) share a name: the status tells them apart.
  status === "PUBLISHED" ? name : `${name} (${status === "DRAFT" ? "draft" : "archived"})`;

/**
 * The places and pathways the coalition view filters by (each null when there are too many to
 * list, with the chosen one's name instead), and the name of a category.
 */
export async function listCoalitionFilterOptions(
  actor: Actor,
  chosen: Pick<CoalitionNeedsQuery, "place" | "pathway"> = {},
) {
  if (!dataNeedPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  const prisma = await getPrisma();
  // Kept per change to places (the "organisations" counter), pathways, and data categories
  // ("pathway-inputs"), read with the page's other counters.
  const counters = await readEveryChangeCounter(prisma);
  const lists = await filterLists.get(
    `${counters.organisations}:${counters.pathways}:${counters["pathway-inputs"]}`,
    () => readFilterLists(prisma),
  );
  const { places, pathways, categories } = lists;
  const placeOptions = boundedChoices(places);
  const pathwayOptions = boundedChoices(pathways);
  const [chosenPlace, chosenPathway] = await Promise.all([
    placeOptions === null && chosen.place
      ? prisma.place.findUnique({ where: { id: chosen.place }, select: { name: true } })
      : null,
    pathwayOptions === null && chosen.pathway
      ? prisma.pathway.findUnique({
          where: { id: chosen.pathway },
          select: { name: true, status: true },
        })
      : null,
  ]);
  return {
    places: placeOptions,
    pathways: pathwayOptions?.map(({ id, ...rest }) => ({ id, name: pathwayLabel(rest) })) ?? null,
    chosenPlace: chosenPlace?.name ?? null,
    chosenPathway: chosenPathway ? pathwayLabel(chosenPathway) : null,
    categories,
  };
}
