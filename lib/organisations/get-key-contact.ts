import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { mayReadProfileRecord } from "./profile-record-changes";
import { contactFields, onActiveOrganisation, keyContacts } from "./profile-record-kinds";

/**
 * One key contact, to change or remove: only those who may manage the organisation's contacts get
 * it, and only when it belongs to that organisation (null otherwise, so the page answers 404).
 */
export async function getKeyContact(actor: Actor, organisationId: string, contactId: string) {
  if (!mayReadProfileRecord(keyContacts, actor, organisationId, contactId)) return null;
  const prisma = await getPrisma();
  return prisma.keyContact.findFirst({
    where: onActiveOrganisation({ id: contactId, organisationId }),
    select: { id: true, ...contactFields, organisation: { select: { id: true, name: true } } },
  });
}

export type KeyContactRecord = NonNullable<Awaited<ReturnType<typeof getKeyContact>>>;
