import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { linkColumns } from "./follow";
import { commitmentPolicy } from "./policy";
import { commitmentSchema } from "./schemas";
import { checkCommitmentPeople, statusToStore } from "./write-commitment";

const notFound = () => new AppError("NOT_FOUND", "That commitment does not exist.");

/**
 * Changes a commitment. Leads change any, an organisation's admins its own; `version` is the one
 * the form was opened at, so a change made meanwhile is not overwritten. A linked commitment's
 * status follows its record whatever the form says.
 */
export async function updateCommitment(
  actor: Actor,
  commitmentId: string,
  version: number,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isId(commitmentId)) throw notFound();
  const details = commitmentSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.commitment.findFirst({
      where: { id: commitmentId, ...commitmentPolicy.readableWhere(actor) },
      select: {
        id: true,
        organisationId: true,
        version: true,
        title: true,
        status: true,
        dueOn: true,
        ownerId: true,
      },
    });
    if (!current) throw notFound();
    if (!commitmentPolicy.canRecordFor(actor, current.organisationId)) {
      throw new AppError(
        "FORBIDDEN",
        "Only programme leads and the organisation's admins can change its commitments.",
      );
    }
    const errors = await checkCommitmentPeople(tx, current.organisationId, details);
    if (Object.keys(errors).length > 0) {
      throw new AppError("VALIDATION", "Check the highlighted fields.", errors);
    }
    const now = new Date();
    const status = await statusToStore(tx, details, now);
    const { count } = await tx.commitment.updateMany({
      where: { id: commitmentId, version },
      data: {
        title: details.title,
        description: details.description,
        ownerId: details.ownerId,
        dueOn: new Date(details.dueOn),
        status,
        // A commitment kept keeps the day it was kept.
        ...(status === "DONE" && current.status === "DONE"
          ? {}
          : { completedAt: status === "DONE" ? now : null }),
        ...linkColumns(details.link),
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this commitment while you were editing it. Open it again to see their change.",
      );
    }
    await recordAuditEvent(
      tx,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        ...context,
        actingOrganisationId: current.organisationId,
      },
      {
        action: "commitment.updated",
        entityType: "Commitment",
        entityId: commitmentId,
        before: {
          title: current.title,
          status: current.status,
          dueOn: current.dueOn.toISOString().slice(0, 10),
          ownerId: current.ownerId,
        },
        after: { title: details.title, status, dueOn: details.dueOn, ownerId: details.ownerId },
      },
    );
  });
}
