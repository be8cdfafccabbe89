import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { type ChangeCounterName, sharedCache } from "@/lib/db/derived-cache";
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

const INPUTS_COUNTER: ChangeCounterName = "pathway-inputs";

interface PathwayRow {
  id: string;
  name: string;
  population: string;
  purpose: string;
  status: PathwayStatus;
  version: number;
  revision: number;
  publishedRevision: number | null;
  updatedAt: Date;
  owner: string | null;
  latest: { id: string; number: number; publishedAt: string } | null;
  inputs: string | null;
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
  // The key's parts are read before the data, so an entry is never older than its key. One
  // statement, as every view of a pathway starts here: the pathway, its owner's name, its latest
  // published version and the change counter of what its readiness reads.
  const [pathway] = await prisma.$queryRaw<PathwayRow[]>`
    SELECT p.id, p.name, p.population, p.purpose, p.status::text AS status, p.version,
           p.revision, p."publishedRevision", p."updatedAt",
           (SELECT u.name FROM "User" u WHERE u.id = p."ownerId") AS owner,
           (SELECT json_build_object('id', v.id, 'number', v.number, 'publishedAt', v."publishedAt")
              FROM "PathwayVersion" v
             WHERE v."pathwayId" = p.id
             ORDER BY v.number DESC
             LIMIT 1) AS latest,
           (SELECT c.value::text FROM "ChangeCounter" c WHERE c.name = ${INPUTS_COUNTER}) AS inputs
      FROM "Pathway" p
     WHERE p.id = ${pathwayId}::uuid`;
  if (!pathway) return null;
  const inputs = pathway.inputs ?? "0";
  const latest = pathway.latest
    ? { ...pathway.latest, publishedAt: new Date(pathway.latest.publishedAt) }
    : null;
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
    owner: pathway.owner,
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
