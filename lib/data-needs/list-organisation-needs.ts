import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { isId } from "@/lib/validation/ids";

import { cannotReadNeeds } from "./errors";
import { dataNeedPolicy } from "./policy";
import { DATA_NEEDS_PAGE_SIZE, type OrganisationNeedsQuery } from "./schemas";

/** What a table row of needs shows, wherever it is listed. */
export const needRowSelect = {
  id: true,
  teamOrRole: true,
  timeliness: true,
  volumePerMonth: true,
  purpose: true,
  decision: true,
  importance: true,
  metToday: true,
  sourceOrganisationType: true,
  dataCategory: { select: { id: true, name: true } },
  sourceOrganisation: { select: { id: true, name: true } },
  organisation: { select: { id: true, name: true, type: true } },
  pathwayStep: { select: { name: true, pathway: { select: { name: true, status: true } } } },
} as const satisfies Prisma.DataNeedSelect;

export type NeedRow = Prisma.DataNeedGetPayload<{ select: typeof needRowSelect }>;

export interface NeedsPage {
  needs: NeedRow[];
  total: number;
  page: number;
  pageCount: number;
}

function orderBy(query: OrganisationNeedsQuery): Prisma.DataNeedOrderByWithRelationInput[] {
  const direction = query.order;
  switch (query.sort) {
    case "category":
      return [{ dataCategory: { name: direction } }, { id: "asc" }];
    case "team":
      return [{ teamOrRole: direction }, { id: "asc" }];
    // Enum order is the order of the scale: essential first, fully met first.
    case "importance":
      return [{ importance: direction }, { id: "asc" }];
    case "met":
      return [{ metToday: direction }, { id: "asc" }];
    default:
      return [{ createdAt: direction === "asc" ? "desc" : "asc" }, { id: "asc" }];
  }
}

/** Counts, then reads one page: two queries, the page clamped to the last there is. */
async function readPage(
  where: Prisma.DataNeedWhereInput,
  order: Prisma.DataNeedOrderByWithRelationInput[],
  requestedPage: number,
): Promise<NeedsPage> {
  const prisma = await getPrisma();
  const total = await prisma.dataNeed.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DATA_NEEDS_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const needs = await prisma.dataNeed.findMany({
    where,
    orderBy: order,
    skip: (page - 1) * DATA_NEEDS_PAGE_SIZE,
    take: DATA_NEEDS_PAGE_SIZE,
    select: needRowSelect,
  });
  return { needs, total, page, pageCount };
}

/** A need that serves a step of a pathway the actor may not read shows no step. */
function withReadableSteps(actor: Actor, page: NeedsPage): NeedsPage {
  if (pathwayPolicy.canSeeDrafts(actor)) return page;
  return {
    ...page,
    needs: page.needs.map((need) =>
      need.pathwayStep?.pathway.status === "PUBLISHED" ? need : { ...need, pathwayStep: null },
    ),
  };
}

/**
 * The organisation's data needs (sorted and paged) and what others need from it: needs whose
 * source is this organisation or any organisation of its type, from organisations that are not
 * archived. For its members and leads; null when the organisation does not exist (or is archived).
 */
export async function listOrganisationNeeds(
  actor: Actor,
  organisationId: string,
  query: OrganisationNeedsQuery,
) {
  if (!isId(organisationId)) return null;
  if (!dataNeedPolicy.canReadOrganisation(actor, organisationId)) throw cannotReadNeeds();
  const prisma = await getPrisma();
  const organisation = await prisma.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: { id: true, name: true, type: true },
  });
  if (!organisation) return null;
  const own = await readPage({ organisationId }, orderBy(query), query.page);
  const fromIt = await readPage(
    {
      OR: [{ sourceOrganisationId: organisationId }, { sourceOrganisationType: organisation.type }],
      organisation: { archivedAt: null },
    },
    [{ importance: "asc" }, { metToday: "desc" }, { organisation: { name: "asc" } }, { id: "asc" }],
    query.fromPage,
  );
  return {
    organisation,
    own: withReadableSteps(actor, own),
    fromIt: withReadableSteps(actor, fromIt),
    canEdit: dataNeedPolicy.canEdit(actor, organisationId),
  };
}

export type OrganisationNeeds = NonNullable<Awaited<ReturnType<typeof listOrganisationNeeds>>>;
