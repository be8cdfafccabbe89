import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { commitmentPolicy } from "./policy";
import { commitmentSchema } from "./schemas";
import { checkCommitmentPeople, insertCommitment, refuseRecording } from "./write-commitment";

/**
 * Records what an organisation has promised. Leads for any organisation, admins for their own.
 * A commitment linked to a record starts with the record's status.
 */
export async function createCommitment(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  if (!isId(organisationId)) throw new AppError("NOT_FOUND", "That organisation does not exist.");
  if (!commitmentPolicy.canRecordFor(actor, organisationId)) throw refuseRecording();
  const details = commitmentSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, archivedAt: null },
      select: { id: true },
    });
    if (!organisation) throw new AppError("NOT_FOUND", "That organisation does not exist.");
    const errors = await checkCommitmentPeople(tx, organisationId, details);
    if (Object.keys(errors).length > 0) {
      throw new AppError("VALIDATION", "Check the highlighted fields.", errors);
    }
    return { id: await insertCommitment(tx, actor, organisationId, details, context) };
  });
}
