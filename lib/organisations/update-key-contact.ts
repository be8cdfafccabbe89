import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageContacts, guardIds, contactFields, contactNotFound } from "./profile-records";
import { keyContactSchema } from "./schemas";

/**
 * Changes a key contact. The contact is found by its id AND the organisation's, so
 * an admin cannot reach another organisation's contact through their own. Audited with before and
 * after in the same transaction.
 */
export async function updateKeyContact(
  actor: Actor,
  organisationId: string,
  contactId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(organisationId, contactId);
  if (!organisationPolicy.canManageContacts(actor, organisationId)) throw cannotManageContacts();
  const details = keyContactSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: contactId, organisationId };
    const current = await tx.keyContact.findFirst({
      where: { ...where, organisation: { archivedAt: null } },
      select: contactFields,
    });
    if (!current) throw contactNotFound();
    await tx.keyContact.update({ where, data: details });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "contact.updated",
      entityType: "KeyContact",
      entityId: contactId,
      before: snapshot(current),
      after: snapshot(details),
    });
  });
}
