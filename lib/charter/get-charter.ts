import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { charterPolicy } from "./policy";

const versionSelect = {
  id: true,
  number: true,
  text: true,
  changeNote: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  endorsements: {
    orderBy: { organisation: { name: "asc" } },
    select: {
      endorsedAt: true,
      organisation: { select: { id: true, name: true } },
      endorsedBy: { select: { name: true } },
    },
  },
} as const;

/**
 * The charter as everyone signed in reads it: the current version with who endorsed it, every
 * version's number and note, and where each of the actor's own organisations stands (to endorse).
 */
export async function getCharter(actor: Actor) {
  const prisma = await getPrisma();
  const [current, versions, mine] = await Promise.all([
    prisma.charterVersion.findFirst({ orderBy: { number: "desc" }, select: versionSelect }),
    prisma.charterVersion.findMany({
      orderBy: { number: "desc" },
      select: {
        number: true,
        changeNote: true,
        createdAt: true,
        _count: { select: { endorsements: true } },
      },
    }),
    prisma.organisation.findMany({
      where: { id: { in: charterPolicy.endorsingOrganisations(actor) }, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const endorsedNow = new Set(current?.endorsements.map((e) => e.organisation.id) ?? []);
  return {
    current,
    versions,
    toEndorse: mine.map((organisation) => ({
      ...organisation,
      endorsed: endorsedNow.has(organisation.id),
    })),
    canPublish: charterPolicy.canPublish(actor),
  };
}

/** One version of the charter, by its number; null if there is none. */
export async function getCharterVersion(number: number) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const prisma = await getPrisma();
  return prisma.charterVersion.findUnique({ where: { number }, select: versionSelect });
}

/** The versions an organisation endorsed, newest first, for its profile. */
export async function getOrganisationEndorsements(organisationId: string) {
  const prisma = await getPrisma();
  const [latest, endorsements] = await Promise.all([
    prisma.charterVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } }),
    prisma.charterEndorsement.findMany({
      where: { organisationId },
      orderBy: { charterVersion: { number: "desc" } },
      select: {
        endorsedAt: true,
        charterVersion: { select: { number: true } },
        endorsedBy: { select: { name: true } },
      },
    }),
  ]);
  return { currentNumber: latest?.number ?? null, endorsements };
}
