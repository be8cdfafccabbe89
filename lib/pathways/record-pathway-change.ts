import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

import { pathwayNotFound } from "./errors";

// Every change to a pathway raises its revision and joins its history; an archived pathway is
// read-only.

/**
 * Locks the pathway for the rest of the transaction, raises its revision and writes the change
 * to its history. Throws NOT_FOUND for a pathway that does not exist, CONFLICT for an archived one.
 */
export async function recordPathwayChange(
  tx: DbTransaction,
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
