import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { PathwayStatus } from "@/lib/generated/prisma/enums";

import { assessPathways } from "./assess-pathway";
import { type PathwayContent, readDraftContents } from "./content";
import { pathwayPolicy } from "./policy";
import { readinessOrder, type ReadinessSummary } from "./readiness";

export const PATHWAY_PAGE_SIZE = 25;

export interface PathwayListItem {
  id: string;
  name: string;
  population: string;
  status: PathwayStatus;
  steps: number;
  organisations: number;
  readiness: ReadinessSummary;
}

/**
 * The coalition's pathways by readiness, worst first: leads see every pathway's working draft
 * (archived ones only when asked), everyone else the published versions. Reads in four queries
 * whatever the number of pathways.
 */
export async function listPathways(
  actor: Actor,
  options: { archived?: boolean; page?: number } = {},
): Promise<{ items: PathwayListItem[]; total: number; page: number; pageSize: number }> {
  if (!pathwayPolicy.canRead(actor)) return { items: [], total: 0, page: 1, pageSize: 0 };
  const editor = pathwayPolicy.canSeeDrafts(actor);
  const prisma = await getPrisma();
  const pathways = await prisma.pathway.findMany({
    where: editor
      ? { status: options.archived ? "ARCHIVED" : { not: "ARCHIVED" } }
      : { status: "PUBLISHED" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      population: true,
      purpose: true,
      status: true,
      versions: editor
        ? false
        : { orderBy: { number: "desc" }, take: 1, select: { snapshot: true } },
    },
  });

  const contents: PathwayContent[] = editor
    ? await readDraftContents(prisma, pathways).then((byId) =>
        pathways.map((pathway) => byId.get(pathway.id) as PathwayContent),
      )
    : pathways.map((pathway) => pathway.versions[0]?.snapshot as unknown as PathwayContent);
  const readiness = await assessPathways(prisma, contents, actor);

  const items = pathways
    .map((pathway, index) => {
      const content = contents[index] as PathwayContent;
      return {
        id: pathway.id,
        name: pathway.name,
        population: pathway.population,
        status: pathway.status,
        steps: content.steps.length,
        organisations: content.lanes.length,
        readiness: (readiness[index] as { summary: ReadinessSummary }).summary,
      };
    })
    .sort(
      (a, b) =>
        readinessOrder.indexOf(a.readiness.overall) - readinessOrder.indexOf(b.readiness.overall) ||
        b.readiness.counts.BLOCKED - a.readiness.counts.BLOCKED ||
        a.name.localeCompare(b.name),
    );
  const pageCount = Math.max(1, Math.ceil(items.length / PATHWAY_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  return {
    items: items.slice((page - 1) * PATHWAY_PAGE_SIZE, page * PATHWAY_PAGE_SIZE),
    total: items.length,
    page,
    pageSize: PATHWAY_PAGE_SIZE,
  };
}
