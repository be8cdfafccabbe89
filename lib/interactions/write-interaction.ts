import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { commitmentPolicy } from "@/lib/commitments/policy";
import { checkCommitmentPeople, insertCommitment } from "@/lib/commitments/write-commitment";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { interactionPeopleOptions } from "./options";
import { interactionPolicy } from "./policy";
import { type InteractionDetails, interactionSchema, newInteractionSchema } from "./schemas";

const notFound = () => new AppError("NOT_FOUND", "That interaction does not exist.");
const refused = () =>
  new AppError(
    "FORBIDDEN",
    "Only programme leads, and admins of an organisation that took part, can log or change an interaction.",
  );

const invalid = (fieldErrors: Record<string, string[]>) =>
  new AppError("VALIDATION", "Check the highlighted fields.", fieldErrors);

/**
 * Checks an interaction's organisations (active ones) and people (among those the actor may
 * name; people already on the interaction stay allowed).
 */
async function checkParticipants(
  tx: DbTransaction,
  actor: Actor,
  details: InteractionDetails,
  alreadyNamed: readonly string[] = [],
) {
  const errors: Record<string, string[]> = {};
  const found = await tx.organisation.count({
    where: { id: { in: details.organisationIds }, archivedAt: null },
  });
  if (found !== details.organisationIds.length) {
    errors.organisationIds = ["Select organisations from the list"];
  }
  const allowed = new Set([
    ...(await interactionPeopleOptions(tx, actor)).map((option) => option.value),
    ...alreadyNamed,
  ]);
  if (details.personIds.some((id) => !allowed.has(id))) {
    errors.personIds = ["Select people from the list"];
  }
  return errors;
}

const auditOf = (details: InteractionDetails) => ({
  kind: details.kind,
  occurredOn: details.occurredOn,
  direction: details.direction,
  sentiment: details.sentiment,
  organisationIds: details.organisationIds,
  personIds: details.personIds,
});

/**
 * Logs an interaction, and any follow-up commitments made at it, in one transaction with their
 * audit records: all of it, or nothing. Leads log any; an organisation's admins log those their
 * organisation took part in, and record follow-ups only for their own organisation.
 */
export async function logInteraction(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  if (!interactionPolicy.canLog(actor)) throw refused();
  const details = newInteractionSchema.parse(input);
  // An admin logs only what their own organisation took part in.
  if (!interactionPolicy.canWrite(actor, details.organisationIds)) throw refused();
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const errors = await checkParticipants(tx, actor, details);
    for (const [index, commitment] of details.commitments.entries()) {
      const prefix = `commitments.${index}.`;
      if (!details.organisationIds.includes(commitment.organisationId)) {
        errors[`${prefix}organisationId`] = ["Select one of the organisations that took part"];
        continue;
      }
      if (!commitmentPolicy.canRecordFor(actor, commitment.organisationId)) {
        errors[`${prefix}organisationId`] = [
          "You can record commitments for your own organisation only",
        ];
        continue;
      }
      Object.assign(
        errors,
        await checkCommitmentPeople(tx, commitment.organisationId, commitment, prefix),
      );
    }
    if (Object.keys(errors).length > 0) throw invalid(errors);

    const { id } = await tx.interaction.create({
      data: {
        kind: details.kind,
        occurredOn: new Date(details.occurredOn),
        direction: details.direction,
        summary: details.summary,
        sentiment: details.sentiment,
        followUp: details.followUp,
        createdById: actor.userId,
        organisations: {
          create: details.organisationIds.map((organisationId) => ({ organisationId })),
        },
        people: { create: details.personIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: "interaction.logged",
        entityType: "Interaction",
        entityId: id,
        after: auditOf(details),
      },
    );
    for (const commitment of details.commitments) {
      await insertCommitment(
        tx,
        actor,
        commitment.organisationId,
        { ...commitment, description: null, status: "OPEN" },
        context,
        id,
      );
    }
    return { id };
  });
}

/**
 * Changes an interaction. Leads change any; an organisation's admins those their organisation
 * took part in, before and after the change. `version` is the one the form was opened at.
 */
export async function updateInteraction(
  actor: Actor,
  interactionId: string,
  version: number,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isId(interactionId)) throw notFound();
  const details = interactionSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.interaction.findFirst({
      where: { id: interactionId, ...interactionPolicy.readableWhere(actor) },
      select: {
        organisations: { select: { organisationId: true } },
        people: { select: { userId: true } },
      },
    });
    if (!current) throw notFound();
    const before = current.organisations.map((o) => o.organisationId);
    if (!interactionPolicy.canWrite(actor, before)) throw refused();
    if (!interactionPolicy.canWrite(actor, details.organisationIds)) {
      throw invalid({ organisationIds: ["Keep your own organisation among those that took part"] });
    }
    const errors = await checkParticipants(
      tx,
      actor,
      details,
      current.people.map((p) => p.userId),
    );
    if (Object.keys(errors).length > 0) throw invalid(errors);
    const { count } = await tx.interaction.updateMany({
      where: { id: interactionId, version },
      data: {
        kind: details.kind,
        occurredOn: new Date(details.occurredOn),
        direction: details.direction,
        summary: details.summary,
        sentiment: details.sentiment,
        followUp: details.followUp,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this interaction while you were editing it. Open it again to see their change.",
      );
    }
    await tx.interactionOrganisation.deleteMany({ where: { interactionId } });
    await tx.interactionOrganisation.createMany({
      data: details.organisationIds.map((organisationId) => ({ interactionId, organisationId })),
    });
    await tx.interactionPerson.deleteMany({ where: { interactionId } });
    await tx.interactionPerson.createMany({
      data: details.personIds.map((userId) => ({ interactionId, userId })),
    });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: "interaction.updated",
        entityType: "Interaction",
        entityId: interactionId,
        before: { organisationIds: before, personIds: current.people.map((p) => p.userId) },
        after: auditOf(details),
      },
    );
  });
}
