import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { pageOf } from "@/lib/paging/page-of";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import type { PathwayStatus } from "@/lib/generated/prisma/enums";

import { assessPathways, readinessKeyFor } from "./assess-pathway";
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

interface DerivedSummary {
  steps: number;
  organisations: number;
  readiness: ReadinessSummary;
}

// Each pathway's readiness summary, per revision (or published version) and change counter: a
// few hundred bytes each, so every pathway of a national coalition fits.
const derivedSummaries = sharedCache<DerivedSummary>("pathway-summaries", 20_000);

// Each kind of list (drafts, archived drafts, published versions for a reader) sorted, per the
// pathways' and the inputs' change counters: a handful of entries, each a few hundred kB at
// national scale, so a page reads two counters rather than every pathway.
const sortedLists = sharedCache<PathwayListItem[]>("pathway-lists", 8);

/**
 * Every pathway the person reads with its readiness summary, worst first, unpaged: for the list
 * and for the programme dashboard's counts of flows by readiness. One statement (the change
 * counters) while no pathway and nothing their readiness reads has changed.
 */
export async function summarisePathways(
  actor: Actor,
  options: { archived?: boolean } = {},
): Promise<PathwayListItem[]> {
  if (!pathwayPolicy.canRead(actor)) return [];
  const editor = pathwayPolicy.canSeeDrafts(actor);
  const prisma = await getPrisma();
  // The key's parts are read before the data, so an entry is never older than its key.
  const counters = await readEveryChangeCounter(prisma);
  const kind = editor ? (options.archived ? "archived" : "drafts") : "published";
  const key = `${kind}:${counters.pathways}:${counters["pathway-inputs"]}:${readinessKeyFor()}`;
  return sortedLists.get(key, () =>
    sortPathways(prisma, editor, options, counters["pathway-inputs"]),
  );
}

/** Reads the pathways of one kind and sorts them, summarising only those changed since last read. */
async function sortPathways(
  prisma: DbClient,
  editor: boolean,
  options: { archived?: boolean },
  inputs: string,
): Promise<PathwayListItem[]> {
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
      revision: true,
      versions: editor
        ? false
        : { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
    },
  });
  const keyed = pathways.map((pathway) => ({
    pathway,
    key:
      (editor
        ? `${pathway.id}:draft:${pathway.revision}:${inputs}`
        : `${pathway.id}:published:${pathway.versions[0]?.number ?? 0}:${inputs}`) +
      `:${readinessKeyFor()}`,
  }));
  const missing = keyed.filter(({ key }) => !derivedSummaries.peek(key));
  if (missing.length > 0) {
    // One read for every pathway not yet summarised at its revision.
    const computed = summarise(
      prisma,
      editor,
      missing.map(({ pathway }) => pathway),
    );
    for (const [index, { key }] of missing.entries()) {
      void derivedSummaries.get(key, () => computed.then((all) => all[index] as DerivedSummary));
    }
  }
  const summaries = await Promise.all(
    keyed.map(({ key, pathway }) =>
      derivedSummaries.get(key, () =>
        summarise(prisma, editor, [pathway]).then((all) => all[0] as DerivedSummary),
      ),
    ),
  );

  return pathways
    .map((pathway, index) => {
      const summary = summaries[index] as DerivedSummary;
      return {
        id: pathway.id,
        name: pathway.name,
        population: pathway.population,
        status: pathway.status,
        steps: summary.steps,
        organisations: summary.organisations,
        readiness: summary.readiness,
      };
    })
    .sort(
      (a, b) =>
        readinessOrder.indexOf(a.readiness.overall) - readinessOrder.indexOf(b.readiness.overall) ||
        b.readiness.counts.BLOCKED - a.readiness.counts.BLOCKED ||
        a.name.localeCompare(b.name),
    );
}

/**
 * The coalition's pathways by readiness, worst first: leads see every pathway's working draft
 * (archived ones only when asked), everyone else the published versions. Reads the change
 * counters alone while nothing has changed; after a change, the pathways, and a changed pathway's
 * content and the needs its flows match once, for all that changed together.
 */
export async function listPathways(
  actor: Actor,
  options: { archived?: boolean; page?: number } = {},
): Promise<{ items: PathwayListItem[]; total: number; page: number; pageSize: number }> {
  if (!pathwayPolicy.canRead(actor)) return { items: [], total: 0, page: 1, pageSize: 0 };
  const items = await summarisePathways(actor, options);
  const shown = pageOf(items, options.page ?? 1, PATHWAY_PAGE_SIZE);
  return { items: shown.items, total: shown.total, page: shown.page, pageSize: PATHWAY_PAGE_SIZE };
}

type ListedPathway = {
  id: string;
  name: string;
  population: string;
  purpose: string;
  versions: { id: string }[] | undefined;
};

/** Reads the content of `pathways` (drafts or latest published) and summarises each's readiness. */
async function summarise(
  prisma: DbClient,
  editor: boolean,
  pathways: ListedPathway[],
): Promise<DerivedSummary[]> {
  let contents: PathwayContent[];
  if (editor) {
    const byId = await readDraftContents(prisma, pathways);
    contents = pathways.map((pathway) => byId.get(pathway.id) as PathwayContent);
  } else {
    const versionIds = pathways.flatMap((pathway) => pathway.versions?.map((v) => v.id) ?? []);
    const snapshots = await prisma.pathwayVersion.findMany({
      where: { id: { in: versionIds } },
      select: { pathwayId: true, snapshot: true },
    });
    const byPathway = new Map(
      snapshots.map((version) => [
        version.pathwayId,
        version.snapshot as unknown as PathwayContent,
      ]),
    );
    contents = pathways.map((pathway) => byPathway.get(pathway.id) as PathwayContent);
  }
  const readiness = await assessPathways(prisma, contents);
  return contents.map((content, index) => ({
    steps: content.steps.length,
    organisations: content.lanes.length,
    readiness: (readiness[index] as { summary: ReadinessSummary }).summary,
  }));
}
