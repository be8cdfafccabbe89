import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { organisationPolicy } from "./policy";
import { cannotManageContacts, guardIds, requireActiveOrganisation } from "./profile-records";
import { keyContactSchema } from "./schemas";

/**
 * Adds a key contact to the organisation's profile. Programme leads for any organisation,
 * organisation admins for their own; audited in the same transaction.
 */
export async function addKeyContact(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  guardIds(organisationId);
  if (!organisationPolicy.canManageContacts(actor, organisationId)) throw cannotManageContacts();
  const details = keyContactSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await requireActiveOrganisation(tx, organisationId);
    const { id } = await tx.keyContact.create({
      data: { ...details, organisationId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: "contact.added",
      entityType: "KeyContact",
      entityId: id,
      after: snapshot(details),
    });
    return { id };
  });
}
