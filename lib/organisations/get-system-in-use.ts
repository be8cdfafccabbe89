import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";
import { cannotManageSystems, systemFields } from "./profile-records";

/**
 * One system, to change or remove it: only those who may manage the organisation's systems get
 * it, and only when it belongs to that organisation (null otherwise, so the page answers 404).
 */
export async function getSystemInUse(actor: Actor, organisationId: string, systemId: string) {
  if (!isId(organisationId) || !isId(systemId)) return null;
  if (!organisationPolicy.canManageSystems(actor, organisationId)) throw cannotManageSystems();
  const prisma = await getPrisma();
  return prisma.systemInUse.findFirst({
    where: { id: systemId, organisationId, organisation: { archivedAt: null } },
    select: { id: true, ...systemFields, organisation: { select: { id: true, name: true } } },
  });
}

export type SystemInUseRecord = NonNullable<Awaited<ReturnType<typeof getSystemInUse>>>;
