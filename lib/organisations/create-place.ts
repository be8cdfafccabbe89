import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";

import { organisationPolicy } from "./policy";
import { placeSchema } from "./schemas";

const nameTaken = () =>
  new AppError("CONFLICT", "There is already a place with that name.", {
    name: ["There is already a place with that name"],
  });

/**
 * Adds a place (locality) that organisations can then be in. Programme leads only. Names are
 * unique whatever their case, so "riverside" cannot sit beside "Riverside". Audited in the same
 * transaction.
 */
export async function createPlace(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; name: string }> {
  if (!organisationPolicy.canCreatePlace(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can add places.");
  }
  const { name } = placeSchema.parse(input);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const clash = await tx.place.findFirst({
        where: { name: { equals: name, mode: "insensitive" } },
        select: { id: true },
      });
      if (clash) throw nameTaken();
      const place = await tx.place.create({ data: { name }, select: { id: true, name: true } });
      await recordAuditEvent(
        tx,
        { actorId: actor.userId, actorEmail: actor.email, ...context },
        { action: "place.created", entityType: "Place", entityId: place.id, after: { name } },
      );
      return place;
    });
  } catch (error) {
    // Two leads adding the same place at once: the unique index settles it.
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
