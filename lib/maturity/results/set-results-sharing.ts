import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { sharingSchema } from "../schemas";

/**
 * Shares an organisation's named maturity results with the coalition, or stops sharing them.
 * The organisation's admins decide; audited in the same transaction.
 */
export async function setResultsSharing(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ share: boolean }> {
  if (!maturityPolicy.canChangeSharing(actor, organisationId)) {
    throw new AppError(
      "FORBIDDEN",
      "Only the organisation's admins can choose whether its results are shared.",
    );
  }
  if (!isId(organisationId)) {
    throw new AppError("NOT_FOUND", "That organisation does not exist.");
  }
  const { share } = sharingSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.organisation.findFirst({
      where: { id: organisationId, archivedAt: null },
      select: { shareMaturityResults: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "That organisation does not exist.");
    if (current.shareMaturityResults === share) return;
    await tx.organisation.update({
      where: { id: organisationId },
      data: { shareMaturityResults: share },
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
        action: share ? "maturity.results_shared" : "maturity.results_unshared",
        entityType: "Organisation",
        entityId: organisationId,
        before: { shareMaturityResults: current.shareMaturityResults },
        after: { shareMaturityResults: share },
      },
    );
  });
  return { share };
}
