import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { mayReadProfileRecord } from "./profile-record-changes";
import { systemFields, onActiveOrganisation, systemsInUse } from "./profile-record-kinds";

/**
 * One system, to change or remove it: only those who may manage the organisation's systems get
 * it, and only when it belongs to that organisation (null otherwise, so the page answers 404).
 */
export async function getSystemInUse(actor: Actor, organisationId: string, systemId: string) {
  if (!mayReadProfileRecord(systemsInUse, actor, organisationId, systemId)) return null;
  const prisma = await getPrisma();
  return prisma.systemInUse.findFirst({
    where: onActiveOrganisation({ id: systemId, organisationId }),
    select: { id: true, ...systemFields, organisation: { select: { id: true, name: true } } },
  });
}

export type SystemInUseRecord = NonNullable<Awaited<ReturnType<typeof getSystemInUse>>>;
