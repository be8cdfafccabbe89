import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { keepAnotherActiveAdmin, lockPlatformAdmins } from "./platform-admins";
import { userPolicy } from "./policy";

/**
 * Disables an account, or enables it again. Disabling also raises the session version, so the
 * account's sessions stop working at their next request. Platform admins may do this to any
 * account but their own (keeping one active platform admin); programme leads to ordinary users'
 * accounts only. Audited in the same transaction.
 */
export async function setAccountDisabled(
  actor: Actor,
  userId: string,
  disabled: boolean,
  context: AuditContext = {},
): Promise<void> {
  if (!isProgrammeLead(actor)) {
    throw new AppError(
      "FORBIDDEN",
      "Only programme leads and platform admins can disable accounts.",
    );
  }
  if (!isId(userId)) {
    throw new AppError("NOT_FOUND", "That person does not exist.");
  }
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await lockPlatformAdmins(tx);
    const person = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!person) throw new AppError("NOT_FOUND", "That person does not exist.");
    if (!userPolicy.canDisable(actor, person)) {
      throw new AppError(
        "FORBIDDEN",
        actor.userId === person.id
          ? "You cannot disable or enable your own account."
          : "Only platform admins can disable or enable the accounts of programme leads and platform admins.",
      );
    }
    if ((person.disabledAt !== null) === disabled) return;
    if (disabled && person.role === "PLATFORM_ADMIN") {
      await keepAnotherActiveAdmin(
        tx,
        person.id,
        "This is the last active platform admin, so the account cannot be disabled.",
      );
    }
    const disabledAt = disabled ? new Date() : null;
    await tx.user.update({
      where: { id: person.id },
      data: disabled ? { disabledAt, sessionVersion: { increment: 1 } } : { disabledAt },
    });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: disabled ? "user.disabled" : "user.enabled",
        entityType: "User",
        entityId: person.id,
        before: { disabledAt: person.disabledAt?.toISOString() ?? null },
        after: { disabledAt: disabledAt?.toISOString() ?? null },
      },
    );
  });
}
