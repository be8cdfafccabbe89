import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EngagementLevel, OrganisationType } from "@/lib/generated/prisma/enums";

import { organisationPolicy } from "./policy";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "./schemas";

export interface DirectoryEntry {
  id: string;
  name: string;
  odsCode: string | null;
  type: OrganisationType;
  placeName: string;
  engagementCurrent: EngagementLevel;
  engagementDesired: EngagementLevel | null;
  /** The number of the charter version it endorsed last, if any. */
  endorsedCharter: number | null;
  /** Only leads see archived organisations. */
  archived: boolean;
}

export interface DirectoryPage {
  entries: DirectoryEntry[];
  total: number;
  page: number;
  pageCount: number;
}

export function directoryOrderBy(
  query: DirectoryQuery,
): Prisma.OrganisationOrderByWithRelationInput[] {
  const direction = query.order;
  const byName = { name: direction } as const;
  switch (query.sort) {
    case "type":
      return [{ type: direction }, { name: "asc" }];
    case "place":
      return [{ place: { name: direction } }, { name: "asc" }];
    case "engagement":
      return [{ engagementCurrent: direction }, { name: "asc" }];
    default:
      return [byName, { id: "asc" }];
  }
}

/** Archived organisations are only ever shown to those who may see them, and then on request. */
function archivedWhere(actor: Actor, query: DirectoryQuery): Prisma.OrganisationWhereInput {
  if (!organisationPolicy.canSeeArchived(actor) || query.status === "active") {
    return { archivedAt: null };
  }
  return query.status === "archived" ? { archivedAt: { not: null } } : {};
}

/** The organisations the directory shows this actor for a search and its filters. */
export function directoryWhere(actor: Actor, query: DirectoryQuery): Prisma.OrganisationWhereInput {
  return {
    ...archivedWhere(actor, query),
    ...(query.type ? { type: query.type as OrganisationType } : {}),
    ...(query.place ? { placeId: query.place } : {}),
    ...(query.engagement ? { engagementCurrent: query.engagement as EngagementLevel } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { odsCode: { startsWith: query.q.toUpperCase() } },
          ],
        }
      : {}),
  };
}

// Pages and the places list are kept per "organisations" change counter, which triggers raise with
// every change to organisations, places and charter endorsements: everyone who opens the directory
// sees the same first pages, and a page then costs one statement (the counters) instead of four.
const directoryPages = sharedCache<DirectoryPage>("directory-pages", 500);
const placeLists = sharedCache<{ id: string; name: string }[]>("place-lists", 4);

/**
 * The directory: search by name or ODS code, filter, sort and page. The actor decides only which
 * organisations the search may show (`directoryWhere`), so the key is what is searched for.
 */
export async function listOrganisations(
  actor: Actor,
  query: DirectoryQuery,
): Promise<DirectoryPage> {
  const prisma = await getPrisma();
  const where = directoryWhere(actor, query);
  const orderBy = directoryOrderBy(query);
  // The key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma)).organisations;
  const key = JSON.stringify([counter, where, orderBy, query.page]);
  return directoryPages.get(key, () => readDirectoryPage(prisma, where, orderBy, query.page));
}

/**
 * Three statements: the count, the page's organisations, and their places' names and endorsed
 * charters together.
 */
async function readDirectoryPage(
  prisma: DbClient,
  where: Prisma.OrganisationWhereInput,
  orderBy: Prisma.OrganisationOrderByWithRelationInput[],
  requestedPage: number,
): Promise<DirectoryPage> {
  const total = await prisma.organisation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rows = await prisma.organisation.findMany({
    where,
    orderBy,
    skip: (page - 1) * DIRECTORY_PAGE_SIZE,
    take: DIRECTORY_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      odsCode: true,
      type: true,
      engagementCurrent: true,
      engagementDesired: true,
      archivedAt: true,
    },
  });
  // Selected as relations, the place and the charter would each be a statement of their own.
  const details =
    rows.length === 0
      ? []
      : await prisma.$queryRaw<{ id: string; placeName: string; endorsedCharter: number | null }[]>`
          SELECT o.id, p.name AS "placeName",
                 (SELECT max(v.number) FROM "CharterEndorsement" e
                    JOIN "CharterVersion" v ON v.id = e."charterVersionId"
                   WHERE e."organisationId" = o.id) AS "endorsedCharter"
            FROM "Organisation" o
            JOIN "Place" p ON p.id = o."placeId"
           WHERE o.id = ANY(${rows.map((row) => row.id)}::uuid[])`;
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return {
    entries: rows.map(({ archivedAt, ...row }) => ({
      ...row,
      archived: archivedAt !== null,
      placeName: byId.get(row.id)?.placeName ?? "",
      endorsedCharter: byId.get(row.id)?.endorsedCharter ?? null,
    })),
    total,
    page,
    pageCount,
  };
}

/** Every place, by name, for the directory's filter and the organisation forms. */
export async function listPlaces(): Promise<{ id: string; name: string }[]> {
  const prisma = await getPrisma();
  const counter = (await readEveryChangeCounter(prisma)).organisations;
  return placeLists.get(counter, () =>
    prisma.place.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  );
}
