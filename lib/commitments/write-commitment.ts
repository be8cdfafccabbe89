import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

import { followedStatus, isRecordDone, linkColumns } from "./follow";
import { linkOptions, ownerOptions } from "./options";
import { type CommitmentLink, linkValue } from "./schemas";

/** What a commitment is, whichever form recorded it. */
export interface CommitmentFields {
  title: string;
  description: string | null;
  ownerId: string | null;
  dueOn: string;
  status: CommitmentStatus;
  link: CommitmentLink | null;
}

/**
 * Checks that a commitment's owner is a member of its organisation and its record one the
 * organisation is part of; the refusal names the field (with `prefix` for a form's list).
 */
export async function checkCommitmentPeople(
  tx: DbTransaction,
  organisationId: string,
  fields: Pick<CommitmentFields, "ownerId" | "link">,
  prefix = "",
): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  if (fields.ownerId) {
    const owners = await ownerOptions(tx, organisationId);
    if (!owners.some((option) => option.value === fields.ownerId)) {
      errors[`${prefix}ownerId`] = ["Select a member of the organisation as the owner"];
    }
  }
  if (fields.link) {
    const links = await linkOptions(tx, organisationId);
    if (!links.some((option) => option.value === linkValue(fields.link))) {
      errors[`${prefix}link`] = ["Select a record the organisation is part of"];
    }
  }
  return errors;
}

/** The status to store: a linked commitment follows its record, whatever the form said. */
export async function statusToStore(
  tx: DbTransaction,
  fields: Pick<CommitmentFields, "status" | "link" | "dueOn">,
  now: Date,
): Promise<CommitmentStatus> {
  const done = fields.link ? await isRecordDone(tx, fields.link) : null;
  return followedStatus({ status: fields.status, dueOn: new Date(fields.dueOn) }, done, now);
}

/**
 * Records a commitment in the caller's transaction, with its audit record. The caller has
 * checked that the actor may record it for the organisation and that its people and record fit.
 */
export async function insertCommitment(
  tx: DbTransaction,
  actor: Actor,
  organisationId: string,
  fields: CommitmentFields,
  context: AuditContext,
  interactionId: string | null = null,
): Promise<string> {
  const now = new Date();
  const status = await statusToStore(tx, fields, now);
  const { id } = await tx.commitment.create({
    data: {
      organisationId,
      title: fields.title,
      description: fields.description,
      ownerId: fields.ownerId,
      dueOn: new Date(fields.dueOn),
      status,
      completedAt: status === "DONE" ? now : null,
      ...linkColumns(fields.link),
      interactionId,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await recordAuditEvent(
    tx,
    {
      actorId: actor.userId,
      actorEmail: actor.email,
      ...context,
      actingOrganisationId: organisationId,
    },
    {
      action: "commitment.created",
      entityType: "Commitment",
      entityId: id,
      after: {
        title: fields.title,
        dueOn: fields.dueOn,
        status,
        ownerId: fields.ownerId,
        link: linkValue(fields.link) || null,
        interactionId,
      },
    },
  );
  return id;
}

export const refuseRecording = () =>
  new AppError(
    "FORBIDDEN",
    "Only programme leads and the organisation's admins can record its commitments.",
  );
