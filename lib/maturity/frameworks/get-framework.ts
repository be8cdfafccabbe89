import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { type FrameworkContent, readFrameworkContent } from "../framework-content";
import { maturityPolicy } from "../policy";

export interface FrameworkVersionSummary {
  id: string;
  number: number;
  createdAt: Date;
  /** How many rounds are answered against it. */
  rounds: number;
}

export interface FrameworkView {
  id: string;
  name: string;
  description: string;
  archivedAt: Date | null;
  /** Newest first. */
  versions: FrameworkVersionSummary[];
  /** The newest version and its edit counter, which forms send back. */
  newest: { id: string; number: number; version: number; rounds: number };
  /** The version shown: the newest unless another was asked for. */
  showing: FrameworkContent;
  isNewest: boolean;
}

/**
 * A framework with the content of one of its versions (the newest unless `versionNumber` names
 * another) and the list of its versions; null when there is no such framework or version.
 */
export async function getFramework(
  actor: Actor,
  frameworkId: string,
  versionNumber?: number,
): Promise<FrameworkView | null> {
  if (!maturityPolicy.canReadFrameworks(actor) || !isId(frameworkId)) return null;
  const prisma = await getPrisma();
  const framework = await prisma.maturityFramework.findUnique({
    where: { id: frameworkId },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          version: true,
          createdAt: true,
          _count: { select: { rounds: true } },
        },
      },
    },
  });
  const newest = framework?.versions[0];
  if (!framework || !newest) return null;
  const shown =
    versionNumber === undefined
      ? newest
      : framework.versions.find((version) => version.number === versionNumber);
  if (!shown) return null;
  const showing = await readFrameworkContent(prisma, shown.id);
  if (!showing) return null;
  return {
    id: framework.id,
    name: framework.name,
    description: framework.description,
    archivedAt: framework.archivedAt,
    versions: framework.versions.map((version) => ({
      id: version.id,
      number: version.number,
      createdAt: version.createdAt,
      rounds: version._count.rounds,
    })),
    newest: {
      id: newest.id,
      number: newest.number,
      version: newest.version,
      rounds: newest._count.rounds,
    },
    showing,
    isNewest: shown.id === newest.id,
  };
}
