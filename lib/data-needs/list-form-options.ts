import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listReadableStepOptions, type StepOptionGroup } from "@/lib/pathways/readable-steps";

export type OptionGroup = StepOptionGroup;

/**
 * What the data need form offers the actor: the data categories, the organisations (and types)
 * data can come from, and the steps of the pathways the actor may read, grouped by pathway with
 * its status or version.
 */
export async function listDataNeedFormOptions(actor: Actor) {
  const prisma = await getPrisma();
  const [categories, organisations, pathwaySteps] = await Promise.all([
    prisma.dataCategory.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.organisation.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    listReadableStepOptions(actor, prisma),
  ]);
  return {
    categories: categories.map(({ id, name }) => ({ value: id, label: name })),
    organisations: organisations.map(({ id, name }) => ({ value: `org:${id}`, label: name })),
    pathwaySteps,
  };
}

export type DataNeedFormOptions = Awaited<ReturnType<typeof listDataNeedFormOptions>>;
