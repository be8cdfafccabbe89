import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import type { ProfileRecordKind } from "./profile-record-kinds";
import { guardIds, requireActiveOrganisation } from "./profile-records";

/**
 * Adds a record of this kind to the organisation's profile. Programme leads for any
 * organisation, organisation admins for their own; audited in the same transaction.
 */
export async function addProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext,
): Promise<{ id: string }> {
  guardIds(organisationId);
  if (!kind.canManage(actor, organisationId)) throw kind.cannotManage();
  const details = kind.schema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await requireActiveOrganisation(tx, organisationId);
    const { id } = await kind.create(tx, { ...details, organisationId });
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: `${kind.auditName}.added`,
      entityType: kind.entityType,
      entityId: id,
      after: snapshot(details),
    });
    return { id };
  });
}

/**
 * Changes a record, found by its id AND the organisation's, so an admin cannot reach another
 * organisation's record through their own. Audited with before and after in the same transaction.
 */
export async function updateProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  actor: Actor,
  organisationId: string,
  recordId: string,
  input: unknown,
  context: AuditContext,
): Promise<void> {
  guardIds(organisationId, recordId);
  if (!kind.canManage(actor, organisationId)) throw kind.cannotManage();
  const details = kind.schema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: recordId, organisationId };
    const current = await kind.findCurrent(tx, where);
    if (!current) throw kind.notFound();
    await kind.update(tx, where, details);
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: `${kind.auditName}.updated`,
      entityType: kind.entityType,
      entityId: recordId,
      before: snapshot(current),
      after: snapshot(details),
    });
  });
}

/**
 * Removes a record from the organisation's profile, found by its id AND the organisation's. The
 * audit record keeps what it was.
 */
export async function removeProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  actor: Actor,
  organisationId: string,
  recordId: string,
  context: AuditContext,
): Promise<void> {
  guardIds(organisationId, recordId);
  if (!kind.canManage(actor, organisationId)) throw kind.cannotManage();
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id: recordId, organisationId };
    const current = await kind.findCurrent(tx, where);
    if (!current) throw kind.notFound();
    await kind.remove(tx, where);
    await recordAuditEvent(tx, actorContext(actor, context, organisationId), {
      action: `${kind.auditName}.removed`,
      entityType: kind.entityType,
      entityId: recordId,
      before: snapshot(current),
    });
  });
}

/**
 * Whether a record of this kind may be read to change or remove it: false when an id names
 * nothing (the page answers 404); refused outright to those who may not manage such records.
 */
export function mayReadProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  actor: Actor,
  organisationId: string,
  recordId: string,
): boolean {
  if (!isId(organisationId) || !isId(recordId)) return false;
  if (!kind.canManage(actor, organisationId)) throw kind.cannotManage();
  return true;
}
