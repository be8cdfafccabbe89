import "server-only";

import { getPrisma } from "@/lib/db/client";

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/**
 * What the data need form offers: the data categories, the organisations (and types) data can
 * come from, and the steps of pathways grouped by pathway name. Three small queries.
 */
export async function listDataNeedFormOptions() {
  const prisma = await getPrisma();
  const [categories, organisations, steps] = await Promise.all([
    prisma.dataCategory.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.organisation.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    prisma.pathwayStep.findMany({
      select: {
        id: true,
        name: true,
        position: true,
        pathway: { select: { id: true, name: true } },
      },
      orderBy: [{ pathway: { name: "asc" } }, { pathwayId: "asc" }, { position: "asc" }],
    }),
  ]);
  const pathways = new Map<string, OptionGroup>();
  for (const step of steps) {
    const group = pathways.get(step.pathway.id) ?? { label: step.pathway.name, options: [] };
    group.options.push({ value: step.id, label: `${step.position}. ${step.name}` });
    pathways.set(step.pathway.id, group);
  }
  return {
    categories: categories.map(({ id, name }) => ({ value: id, label: name })),
    organisations: organisations.map(({ id, name }) => ({ value: `org:${id}`, label: name })),
    pathwaySteps: [...pathways.values()],
  };
}

export type DataNeedFormOptions = Awaited<ReturnType<typeof listDataNeedFormOptions>>;
