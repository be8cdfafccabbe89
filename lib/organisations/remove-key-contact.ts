import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageContacts, guardIds, contactFields, contactNotFound } from "./profile-records";

/**
 * Removes a key contact from the organisation's profile, found by its id AND the
 * organisation's. The audit record keeps what it was.
 */
export async function removeKeyContact(
  actor: Actor,
  organisationId: string,
  contactId: string,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId, contactId);
  if (!organisationPolicy.canManageContacts(actor, organisationId)) throw cannotManageContacts();
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: contactId, organisationId };
    const current = await tx.keyContact.findFirst({
      where: { ...where, organisation: { archivedAt: null } },
      select: contactFields,
    });
    if (!current) throw contactNotFound();
    await tx.keyContact.delete({ where });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "contact.removed",
      entityType: "KeyContact",
      entityId: contactId,
      before: snapshot(current),
    });
  });
}
