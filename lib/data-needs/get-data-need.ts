import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { cannotEditNeeds } from "./errors";
import { needFields } from "./need-data";
import { dataNeedPolicy } from "./policy";

/**
 * One data need, to change or remove it: only those who may edit the organisation's needs get it,
 * and only when it belongs to that organisation (null otherwise, so the page answers 404).
 */
export async function getDataNeed(actor: Actor, organisationId: string, needId: string) {
  if (!isId(organisationId) || !isId(needId)) return null;
  if (!dataNeedPolicy.canEdit(actor, organisationId)) throw cannotEditNeeds();
  const prisma = await getPrisma();
  return prisma.dataNeed.findFirst({
    where: { id: needId, organisationId, organisation: { archivedAt: null } },
    select: {
      id: true,
      version: true,
      ...needFields,
      dataCategory: { select: { name: true } },
      sourceOrganisation: { select: { name: true } },
      organisation: { select: { id: true, name: true } },
    },
  });
}

export type DataNeedRecord = NonNullable<Awaited<ReturnType<typeof getDataNeed>>>;
