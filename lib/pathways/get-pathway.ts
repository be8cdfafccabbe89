import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { PathwayStatus } from "@/lib/generated/prisma/enums";
import { isId } from "@/lib/validation/ids";

import { assessPathway, type PathwayReadiness, readinessKeyFor } from "./assess-pathway";
import { type PathwayContent, readDraftContent } from "./content";
import { pathwayPolicy } from "./policy";

interface DerivedView {
  content: PathwayContent;
  readiness: PathwayReadiness;
}

// A pathway's content and readiness, per revision (or published version) and change counter.
// Large pathways take a megabyte or two each, so only the most recent few hundred are kept.
const derivedViews = sharedCache<DerivedView>("pathway-views", 200);

export interface PathwayView {
  id: string;
  status: PathwayStatus;
  owner: string | null;
  /** For the details form's optimistic concurrency. */
  version: number;
  revision: number;
  updatedAt: Date;
  /** Which content this is: the working draft, or the latest published version. */
  showing: "draft" | "published";
  published: { number: number; publishedAt: Date } | null;
  /** The draft holds changes that the published version does not. */
  hasUnpublishedChanges: boolean;
  content: PathwayContent;
  readiness: PathwayReadiness;
  /** Changes with every change to the content or what its readiness reads (for the map's data). */
  derivedKey: string;
}

/**
 * A pathway as the actor may see it. Everyone reads the latest published version; leads also
 * read the working draft (the default for them) and archived pathways. Null when the actor may
 * not see it, so the page answers 404 and nothing tells a draft exists.
 */
export async function getPathway(
  actor: Actor,
  pathwayId: string,
  wanted: "draft" | "published" = "draft",
): Promise<PathwayView | null> {
  if (!pathwayPolicy.canRead(actor) || !isId(pathwayId)) return null;
  const prisma = await getPrisma();
  // The key's parts are read before the data, so an entry is never older than its key.
  const [pathway, inputs] = await Promise.all([
    prisma.pathway.findUnique({
      where: { id: pathwayId },
      select: {
        id: true,
        name: true,
        population: true,
        purpose: true,
        status: true,
        version: true,
        revision: true,
        publishedRevision: true,
        updatedAt: true,
        owner: { select: { name: true } },
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { id: true, number: true, publishedAt: true },
        },
      },
    }),
    readChangeCounter(prisma, "pathway-inputs"),
  ]);
  if (!pathway) return null;
  const latest = pathway.versions[0] ?? null;
  const editor = pathwayPolicy.canSeeDrafts(actor);
  if (!editor && (pathway.status !== "PUBLISHED" || !latest)) return null;

  const showing = editor && (wanted === "draft" || !latest) ? "draft" : "published";
  const key =
    (showing === "draft" || !latest
      ? `${pathway.id}:draft:${pathway.revision}:${inputs}`
      : `${pathway.id}:published:${latest.number}:${inputs}`) + `:${readinessKeyFor(actor)}`;
  const { content, readiness } = await derivedViews.get(key, async () => {
    const content =
      showing === "draft" || !latest
        ? await readDraftContent(prisma, pathway)
        : await readSnapshot(latest.id);
    return { content, readiness: await assessPathway(prisma, content, actor) };
  });
  return {
    id: pathway.id,
    status: pathway.status,
    owner: pathway.owner?.name ?? null,
    version: pathway.version,
    revision: pathway.revision,
    updatedAt: pathway.updatedAt,
    showing,
    published: latest ? { number: latest.number, publishedAt: latest.publishedAt } : null,
    hasUnpublishedChanges: pathway.publishedRevision !== pathway.revision,
    content,
    readiness,
    derivedKey: key.slice(pathway.id.length + 1),
  };
}

async function readSnapshot(versionId: string): Promise<PathwayContent> {
  const prisma = await getPrisma();
  const version = await prisma.pathwayVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { snapshot: true },
  });
  return version.snapshot as unknown as PathwayContent;
}
