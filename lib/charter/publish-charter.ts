import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";

import { charterPolicy } from "./policy";
import { charterSchema } from "./schemas";

/**
 * Publishes a new version of the charter, which becomes the current one; earlier versions and
 * their endorsements are kept. `basedOn` is the number of the version the lead was editing (0 for
 * the first), so two leads publishing at once cannot both take the same number.
 */
export async function publishCharter(
  actor: Actor,
  basedOn: number,
  input: unknown,
  context: AuditContext = {},
): Promise<{ number: number }> {
  if (!charterPolicy.canPublish(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can publish the charter.");
  }
  const details = charterSchema.parse(input);
  const prisma = await getPrisma();
  const conflict = () =>
    new AppError(
      "CONFLICT",
      "Someone published a newer version while you were editing. Open the charter again to see it.",
    );
  try {
    return await prisma.$transaction(async (tx) => {
      const latest = await tx.charterVersion.findFirst({
        orderBy: { number: "desc" },
        select: { number: true },
      });
      if ((latest?.number ?? 0) !== basedOn) throw conflict();
      const number = basedOn + 1;
      const { id } = await tx.charterVersion.create({
        data: {
          number,
          text: details.text,
          changeNote: details.changeNote,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        { actorId: actor.userId, actorEmail: actor.email, ...context },
        {
          action: "charter.published",
          entityType: "CharterVersion",
          entityId: id,
          after: { number, changeNote: details.changeNote },
        },
      );
      return { number };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
