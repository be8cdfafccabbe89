import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";
import {
  fieldsForOrganisationAdmins,
  type OrganisationDetails,
  organisationDetailsSchema,
} from "./schemas";
import { throwOrganisationWriteError } from "./write-errors";

const detailFields = Object.keys(organisationDetailsSchema.shape) as (keyof OrganisationDetails)[];
// Engagement changes on its own page, with a reason and a line in its history (lib/engagement).
const leadFields = detailFields.filter((field) => field !== "engagementCurrent");

/** The fields this actor may change on this organisation. */
export function editableFields(
  actor: Actor,
  organisationId: string,
): readonly (keyof OrganisationDetails)[] {
  if (isProgrammeLead(actor)) return leadFields;
  return organisationPolicy.canEdit(actor, organisationId) ? fieldsForOrganisationAdmins : [];
}

/**
 * Changes an organisation's details, with its audit record (before and after) in the same
 * transaction. Fields the actor may not change are kept as they are.
 */
export async function updateOrganisationDetails(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isId(organisationId)) {
    throw new AppError("NOT_FOUND", "That organisation does not exist.");
  }
  const allowed = editableFields(actor, organisationId);
  if (allowed.length === 0) {
    throw new AppError("FORBIDDEN", "You cannot change this organisation's details.");
  }
  const prisma = await getPrisma();
  const current = await prisma.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
  });
  if (!current) throw new AppError("NOT_FOUND", "That organisation does not exist.");

  // Fields outside the actor's reach are validated as they stand, so they can never change.
  const submitted = (typeof input === "object" && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const merged = Object.fromEntries(
    detailFields.map((field) => [
      field,
      allowed.includes(field) ? submitted[field] : current[field],
    ]),
  );
  const details = organisationDetailsSchema.parse(merged);
  const before = Object.fromEntries(detailFields.map((field) => [field, current[field]]));

  try {
    await prisma.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: organisationId }, data: details });
      await recordAuditEvent(
        tx,
        {
          actorId: actor.userId,
          actorEmail: actor.email,
          actingOrganisationId: organisationId,
          ...context,
        },
        {
          action: "organisation.updated",
          entityType: "Organisation",
          entityId: organisationId,
          before: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonObject,
          after: JSON.parse(JSON.stringify(details)) as Prisma.InputJsonObject,
        },
      );
    });
  } catch (error) {
    throwOrganisationWriteError(error);
  }
}
