import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { maturityPolicy } from "../policy";

export interface FrameworkListItem {
  id: string;
  name: string;
  description: string;
  archivedAt: Date | null;
  /** The newest version's number and content size. */
  latestNumber: number;
  dimensions: number;
  questions: number;
}

/** Every framework by name, the archived ones apart; in two queries. */
export async function listFrameworks(
  actor: Actor,
): Promise<{ current: FrameworkListItem[]; archived: FrameworkListItem[] }> {
  if (!maturityPolicy.canReadFrameworks(actor)) return { current: [], archived: [] };
  const prisma = await getPrisma();
  const frameworks = await prisma.maturityFramework.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, _count: { select: { dimensions: true, questions: true } } },
      },
    },
  });
  const items = frameworks.map(({ versions, ...framework }): FrameworkListItem => {
    const latest = versions[0];
    return {
      ...framework,
      latestNumber: latest?.number ?? 0,
      dimensions: latest?._count.dimensions ?? 0,
      questions: latest?._count.questions ?? 0,
    };
  });
  return {
    current: items.filter((item) => !item.archivedAt),
    archived: items.filter((item) => item.archivedAt),
  };
}
