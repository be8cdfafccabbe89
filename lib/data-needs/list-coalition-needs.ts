import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import { boundedChoices, FILTER_CHOICES_MAX } from "@/lib/filters/choices";

import { coalitionWhere } from "./coalition-filters";
import { cannotSeeCoalition } from "./errors";
import { type NeedsPage, needRowSelect } from "./list-organisation-needs";
import { dataNeedPolicy } from "./policy";
import { type CoalitionNeedsQuery, DATA_NEEDS_PAGE_SIZE } from "./schemas";

// How many needs match each filter, per "pathway-inputs" change counter (raised by database
// triggers with every change to data needs, organisations and data categories).
const totals = sharedCache<number>("data-needs-totals", 500);

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
  const counter = await readChangeCounter(prisma, "pathway-inputs");
  const { page: _page, ...filters } = query;
  const total = await totals.get(`${JSON.stringify(filters)}:${counter}`, () =>
    prisma.dataNeed.count({ where }),
  );
  const pageCount = Math.max(1, Math.ceil(total / DATA_NEEDS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const needs = await prisma.dataNeed.findMany({
    where,
    orderBy: [
      { importance: "asc" },
      { metToday: "desc" },
      { organisation: { name: "asc" } },
      { id: "asc" },
    ],
    skip: (page - 1) * DATA_NEEDS_PAGE_SIZE,
    take: DATA_NEEDS_PAGE_SIZE,
    select: needRowSelect,
  });
  return { needs, total, page, pageCount };
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
  const [places, pathways, categories] = await Promise.all([
    prisma.place.findMany({
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: FILTER_CHOICES_MAX + 1,
    }),
    prisma.pathway.findMany({
      select: { id: true, name: true, status: true },
      orderBy: [{ name: "asc" }, { createdAt: "asc" }],
      take: FILTER_CHOICES_MAX + 1,
    }),
    prisma.dataCategory.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
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
