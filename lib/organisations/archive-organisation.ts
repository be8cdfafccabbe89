import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { organisationPolicy } from "./policy";

/**
 * Archives an organisation, or brings it back: it leaves the directory but keeps its history.
 * Programme leads only; audited in the same transaction.
 */
export async function setOrganisationArchived(
  actor: Actor,
  organisationId: string,
  archived: boolean,
  context: AuditContext = {},
): Promise<void> {
  if (!organisationPolicy.canArchive(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can archive organisations.");
  }
  if (!isId(organisationId)) {
    throw new AppError("NOT_FOUND", "That organisation does not exist.");
  }
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { archivedAt: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "That organisation does not exist.");
    if ((current.archivedAt !== null) === archived) return;
    const archivedAt = archived ? new Date() : null;
    await tx.organisation.update({ where: { id: organisationId }, data: { archivedAt } });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: archived ? "organisation.archived" : "organisation.restored",
        entityType: "Organisation",
        entityId: organisationId,
        before: { archivedAt: current.archivedAt?.toISOString() ?? null },
        after: { archivedAt: archivedAt?.toISOString() ?? null },
      },
    );
  });
}
