import "server-only";

import { z } from "zod";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { pathwayPolicy } from "./policy";

// What every change to a pathway shares: ids are guarded, only editors change it, an archived
// pathway is read-only, and each change raises the pathway's revision and joins its history.

export const isId = (value: string) => z.uuid().safeParse(value).success;

export const pathwayNotFound = () => new AppError("NOT_FOUND", "That pathway does not exist.");
export const stepNotFound = () => new AppError("NOT_FOUND", "That step does not exist.");
export const flowNotFound = () =>
  new AppError("NOT_FOUND", "That information flow does not exist.");
export const cannotEditPathways = () =>
  new AppError("FORBIDDEN", "Only programme leads can change pathways.");

/** Someone else saved the same record since this person opened it. */
export const changedMeanwhile = (what: string) =>
  new AppError(
    "CONFLICT",
    `Someone else changed this ${what} since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.`,
  );

/** Throws NOT_FOUND unless each id could name a record. */
export function guardIds(...ids: string[]): void {
  if (!ids.every(isId)) throw pathwayNotFound();
}

/** Throws unless the actor may edit pathways. */
export function requireEditor(actor: Actor): void {
  if (!pathwayPolicy.canEdit(actor)) throw cannotEditPathways();
}

export const auditContext = (actor: Actor, context: AuditContext): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  ...context,
});

/** A plain JSON copy of a record, for the audit trail's before and after. */
export const snapshot = (value: object) =>
  JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/**
 * Locks the pathway for the rest of the transaction, raises its revision and writes the change
 * to its history. Throws NOT_FOUND for a pathway that does not exist, CONFLICT for an archived one.
 */
export async function recordPathwayChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  pathwayId: string,
  summary: string,
): Promise<{ revision: number }> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text FROM "Pathway" WHERE id = ${pathwayId}::uuid FOR UPDATE`;
  const current = rows[0];
  if (!current) throw pathwayNotFound();
  if (current.status === "ARCHIVED") {
    throw new AppError("CONFLICT", "This pathway is archived. Restore it before changing it.");
  }
  const { revision } = await tx.pathway.update({
    where: { id: pathwayId },
    data: { revision: { increment: 1 } },
    select: { revision: true },
  });
  await tx.pathwayChange.create({
    data: { pathwayId, revision, actorId: actor.userId, summary },
  });
  return { revision };
}
