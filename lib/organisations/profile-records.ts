import "server-only";

import { z } from "zod";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// What the records on an organisation's profile (its systems in use and key contacts) share: how
// ids are guarded, which organisation they may be changed on, and whose change the audit names.
// What differs between the kinds is in profile-record-kinds.ts.

/** Ids are UUIDs; anything else names nothing and must not reach a query. */
export const isId = (value: string) => z.uuid().safeParse(value).success;

export const organisationNotFound = () =>
  new AppError("NOT_FOUND", "That organisation does not exist.");

/** Throws NOT_FOUND unless each id could name a record. */
export function guardIds(...ids: string[]): void {
  if (!ids.every(isId)) throw organisationNotFound();
}

/** Records are added to organisations that exist and are not archived. */
export async function requireActiveOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: string,
): Promise<void> {
  const organisation = await tx.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation) throw organisationNotFound();
}

/** The audit context of a change to one organisation's records. */
export const changeContext = (
  actor: Actor,
  organisationId: string,
  context: AuditContext,
): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  actingOrganisationId: organisationId,
  ...context,
});

/** A plain JSON copy of a record, for the audit trail's before and after. */
export const snapshot = (value: object) =>
  JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
