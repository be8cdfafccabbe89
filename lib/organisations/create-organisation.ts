import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { organisationPolicy } from "./policy";
import { organisationDetailsSchema } from "./schemas";
import { throwOrganisationWriteError, placeMissing } from "./write-errors";

/**
 * Adds an organisation to the coalition. Programme leads only; its audit record (with what was
 * recorded) is written in the same transaction.
 */
export async function createOrganisation(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  if (!organisationPolicy.canCreate(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can add organisations.");
  }
  const details = organisationDetailsSchema.parse(input);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const place = await tx.place.findUnique({
        where: { id: details.placeId },
        select: { id: true },
      });
      if (!place) throw placeMissing();
      const { id } = await tx.organisation.create({ data: details, select: { id: true } });
      // The engagement history starts wherever the organisation does not start unaware.
      if (details.engagementCurrent !== "UNAWARE") {
        await tx.engagementChange.create({
          data: {
            organisationId: id,
            toCurrent: details.engagementCurrent,
            reason: "Added to the coalition",
            changedById: actor.userId,
          },
        });
      }
      await recordAuditEvent(
        tx,
        { actorId: actor.userId, actorEmail: actor.email, actingOrganisationId: id, ...context },
        {
          action: "organisation.created",
          entityType: "Organisation",
          entityId: id,
          after: JSON.parse(JSON.stringify(details)) as Prisma.InputJsonObject,
        },
      );
      return { id };
    });
  } catch (error) {
    throwOrganisationWriteError(error);
  }
}
