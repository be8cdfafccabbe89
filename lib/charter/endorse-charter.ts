import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { charterPolicy } from "./policy";
import { endorsementSchema } from "./schemas";

/**
 * Endorses the current version of the charter for an organisation: its admins only, and only the
 * version they read (if a newer one came out meanwhile, they are asked to read that). Endorsing
 * twice changes nothing.
 */
export async function endorseCharter(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ endorsed: boolean }> {
  const { organisationId, versionNumber } = endorsementSchema.parse(input);
  if (!charterPolicy.canEndorseFor(actor, organisationId)) {
    throw new AppError(
      "FORBIDDEN",
      "Only an organisation's admins can endorse the charter for it.",
    );
  }
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const [current, organisation] = await Promise.all([
      tx.charterVersion.findFirst({
        orderBy: { number: "desc" },
        select: { id: true, number: true },
      }),
      tx.organisation.findFirst({
        where: { id: organisationId, archivedAt: null },
        select: { id: true },
      }),
    ]);
    if (!organisation) throw new AppError("NOT_FOUND", "That organisation does not exist.");
    if (!current) throw new AppError("NOT_FOUND", "The coalition has no charter yet.");
    if (current.number !== versionNumber) {
      throw new AppError(
        "CONFLICT",
        `A newer version of the charter (version ${current.number}) has been published. Read it before endorsing.`,
      );
    }
    const { count } = await tx.charterEndorsement.createMany({
      data: [{ charterVersionId: current.id, organisationId, endorsedById: actor.userId }],
      skipDuplicates: true,
    });
    if (count === 0) return { endorsed: false };
    await recordAuditEvent(
      tx,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        ...context,
        actingOrganisationId: organisationId,
      },
      {
        action: "charter.endorsed",
        entityType: "CharterVersion",
        entityId: current.id,
        after: { number: current.number, organisationId },
      },
    );
    return { endorsed: true };
  });
}
