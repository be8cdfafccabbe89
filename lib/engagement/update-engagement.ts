import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { engagementPeopleOptions } from "./get-engagement";
import { engagementPolicy } from "./policy";
import { type EngagementDetails, engagementSchema, personValue } from "./schemas";

const notFound = () => new AppError("NOT_FOUND", "That organisation does not exist.");

/**
 * Sets an organisation's engagement: levels, influence and interest, the approach, champion and
 * sponsor. Programme leads only. Writes a line of its history (who, when, why) and its audit
 * record in the same transaction as the change. The champion and sponsor must be among the
 * organisation's members or key contacts.
 */
export async function updateEngagement(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!engagementPolicy.canEdit(actor)) {
    throw new AppError(
      "FORBIDDEN",
      "Only programme leads can change an organisation's engagement.",
    );
  }
  if (!isId(organisationId)) throw notFound();
  const details: EngagementDetails = engagementSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // Locks the row, so two leads' changes are recorded one after the other, each from what it saw.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Organisation" WHERE id = ${organisationId}::uuid AND "archivedAt" IS NULL
      FOR UPDATE`;
    if (locked.length === 0) throw notFound();
    const current = await tx.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: {
        engagementCurrent: true,
        engagementDesired: true,
        influence: true,
        interest: true,
        engagementApproach: true,
        championUserId: true,
        championContactId: true,
        sponsorUserId: true,
        sponsorContactId: true,
      },
    });
    const options = new Set(
      (await engagementPeopleOptions(tx, organisationId)).map((option) => option.value),
    );
    const fieldErrors: Record<string, string[]> = {};
    for (const field of ["champion", "sponsor"] as const) {
      const person = details[field];
      if (person && !options.has(personValue(person))) {
        fieldErrors[field] = ["Select a member or key contact of this organisation"];
      }
    }
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("VALIDATION", "Check the highlighted fields.", fieldErrors);
    }
    const after = {
      engagementCurrent: details.engagementCurrent,
      engagementDesired: details.engagementDesired,
      influence: details.influence,
      interest: details.interest,
      engagementApproach: details.engagementApproach,
      championUserId: details.champion?.kind === "user" ? details.champion.id : null,
      championContactId: details.champion?.kind === "contact" ? details.champion.id : null,
      sponsorUserId: details.sponsor?.kind === "user" ? details.sponsor.id : null,
      sponsorContactId: details.sponsor?.kind === "contact" ? details.sponsor.id : null,
    };
    await tx.organisation.update({ where: { id: organisationId }, data: after });
    await tx.engagementChange.create({
      data: {
        organisationId,
        fromCurrent: current.engagementCurrent,
        toCurrent: after.engagementCurrent,
        fromDesired: current.engagementDesired,
        toDesired: after.engagementDesired,
        reason: details.reason,
        changedById: actor.userId,
      },
    });
    await recordAuditEvent(
      tx,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        actingOrganisationId: organisationId,
        ...context,
      },
      {
        action: "engagement.changed",
        entityType: "Organisation",
        entityId: organisationId,
        before: current,
        after: { ...after, reason: details.reason },
      },
    );
  });
}
