import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { pathwayPolicy } from "./policy";

export const CHANGES_PAGE_SIZE = 50;

/** A pathway's change history, newest first, a page at a time. Leads only; null otherwise. */
export async function listPathwayChanges(actor: Actor, pathwayId: string, page = 1) {
  if (!pathwayPolicy.canSeeDrafts(actor) || !isId(pathwayId)) return null;
  const prisma = await getPrisma();
  const pathway = await prisma.pathway.findUnique({
    where: { id: pathwayId },
    select: { id: true, name: true },
  });
  if (!pathway) return null;
  const [total, changes] = await Promise.all([
    prisma.pathwayChange.count({ where: { pathwayId } }),
    prisma.pathwayChange.findMany({
      where: { pathwayId },
      orderBy: [{ occurredAt: "desc" }, { revision: "desc" }],
      skip: (Math.max(1, page) - 1) * CHANGES_PAGE_SIZE,
      take: CHANGES_PAGE_SIZE,
      select: {
        id: true,
        revision: true,
        summary: true,
        occurredAt: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  return { pathway, total, page: Math.max(1, page), changes };
}
