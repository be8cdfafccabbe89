import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { PathwayContent } from "./content";
import { pathwayPolicy } from "./policy";
import { isId } from "@/lib/validation/ids";

// Pathway steps that other records point at (a data need's "pathway step it serves"): only the
// steps of pathways the actor may read. Leads read every working draft; everyone else reads the
// steps of the latest published version, under the names it was published with.

export interface StepOptionGroup {
  /** The pathway, with its status or version, so a published pathway and a draft copy differ. */
  label: string;
  options: { value: string; label: string }[];
}

type Db = DbTransaction;

const latestVersion = {
  orderBy: { number: "desc" },
  take: 1,
  select: { number: true, snapshot: true },
} as const satisfies Prisma.Pathway$versionsArgs;

const stepLabel = (step: { position: number; name: string }) => `${step.position}. ${step.name}`;

/** The steps the actor may choose, grouped by pathway; archived pathways are left out. */
export async function listReadableStepOptions(actor: Actor, db: Db): Promise<StepOptionGroup[]> {
  if (!pathwayPolicy.canRead(actor)) return [];
  if (pathwayPolicy.canSeeDrafts(actor)) {
    const pathways = await db.pathway.findMany({
      where: { status: { not: "ARCHIVED" } },
      orderBy: [{ name: "asc" }, { createdAt: "asc" }],
      select: {
        name: true,
        status: true,
        versions: { ...latestVersion, select: { number: true } },
        steps: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true } },
      },
    });
    return pathways
      .filter((pathway) => pathway.steps.length > 0)
      .map((pathway) => {
        const version = pathway.versions[0]?.number;
        const status =
          pathway.status === "PUBLISHED" && version ? `published, version ${version}` : "draft";
        return {
          label: `${pathway.name} (${status})`,
          options: pathway.steps.map((step) => ({ value: step.id, label: stepLabel(step) })),
        };
      });
  }
  const pathways = await db.pathway.findMany({
    where: { status: "PUBLISHED", versions: { some: {} } },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: { versions: latestVersion },
  });
  const published = pathways.flatMap((pathway) => {
    const latest = pathway.versions[0];
    return latest ? [{ number: latest.number, content: snapshotOf(latest.snapshot) }] : [];
  });
  // A step removed from the draft since publishing cannot be pointed at any more.
  const live = await liveStepIds(
    db,
    published.flatMap(({ content }) => content.steps.map((step) => step.id)),
  );
  return published
    .map(({ number, content }) => ({
      label: `${content.name} (version ${number})`,
      options: [...content.steps]
        .filter((step) => live.has(step.id))
        .sort((a, b) => a.position - b.position)
        .map((step) => ({ value: step.id, label: stepLabel(step) })),
    }))
    .filter((group) => group.options.length > 0);
}

/** Whether the actor may point a record at this step: the same rule as the list of options. */
export async function canUseStep(actor: Actor, db: Db, stepId: string): Promise<boolean> {
  if (!pathwayPolicy.canRead(actor) || !isId(stepId)) return false;
  if (pathwayPolicy.canSeeDrafts(actor)) {
    const step = await db.pathwayStep.findFirst({
      where: { id: stepId, pathway: { status: { not: "ARCHIVED" } } },
      select: { id: true },
    });
    return step !== null;
  }
  const step = await db.pathwayStep.findFirst({
    where: { id: stepId, pathway: { status: "PUBLISHED" } },
    select: { pathway: { select: { versions: latestVersion } } },
  });
  const latest = step?.pathway.versions[0];
  return latest ? snapshotOf(latest.snapshot).steps.some((known) => known.id === stepId) : false;
}

function snapshotOf(snapshot: Prisma.JsonValue): PathwayContent {
  return snapshot as unknown as PathwayContent;
}

async function liveStepIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.pathwayStep.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
