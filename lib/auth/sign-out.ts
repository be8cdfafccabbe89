import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/client";

/**
 * Ends every session of a user: session tokens are stateless, so raising the version they carry
 * is what makes a copied cookie stop working after sign-out.
 */
export async function endAllSessions(
  userId: string,
  action = "auth.sign_out",
  context: Omit<AuditContext, "actorId" | "actorEmail"> = {},
): Promise<void> {
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    await recordAuditEvent(
      tx,
      { ...context, actorId: userId, actorEmail: user.email },
      { action, entityType: "User", entityId: userId },
    );
  });
}
