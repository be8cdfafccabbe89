import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { accountDetailsSchema } from "./schemas";

/** Changes your own name and job title, audited with before and after. */
export async function updateAccountDetails(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const details = accountDetailsSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { name: true, jobTitle: true },
    });
    if (!current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    if (current.name === details.name && current.jobTitle === details.jobTitle) return;
    await tx.user.update({ where: { id: actor.userId }, data: details });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: "user.details_updated",
        entityType: "User",
        entityId: actor.userId,
        before: current,
        after: details,
      },
    );
  });
}
