import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";
import { cannotManageContacts, contactFields } from "./profile-records";

/**
 * One key contact, to change or remove: only those who may manage the organisation's contacts get
 * it, and only when it belongs to that organisation (null otherwise, so the page answers 404).
 */
export async function getKeyContact(actor: Actor, organisationId: string, contactId: string) {
  if (!isId(organisationId) || !isId(contactId)) return null;
  if (!organisationPolicy.canManageContacts(actor, organisationId)) throw cannotManageContacts();
  const prisma = await getPrisma();
  return prisma.keyContact.findFirst({
    where: { id: contactId, organisationId, organisation: { archivedAt: null } },
    select: { id: true, ...contactFields, organisation: { select: { id: true, name: true } } },
  });
}

export type KeyContactRecord = NonNullable<Awaited<ReturnType<typeof getKeyContact>>>;
