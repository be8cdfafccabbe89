import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";

export const PLACES_PAGE_SIZE = 50;

export interface PlacePage {
  entries: { id: string; name: string; organisationCount: number }[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of the coalition's places by name, each with how many organisations it has. */
export async function listPlacePage(actor: Actor, requestedPage: number): Promise<PlacePage> {
  const prisma = await getPrisma();
  const counted = organisationPolicy.canSeeArchived(actor) ? {} : { archivedAt: null };
  const total = await prisma.place.count();
  const pageCount = Math.max(1, Math.ceil(total / PLACES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await prisma.place.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PLACES_PAGE_SIZE,
    take: PLACES_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      _count: { select: { organisations: { where: counted } } },
    },
  });
  return {
    entries: rows.map(({ _count, ...place }) => ({
      ...place,
      organisationCount: _count.organisations,
    })),
    total,
    page,
    pageCount,
  };
}
