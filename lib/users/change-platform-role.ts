import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Actor, isPlatformAdmin } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { keepAnotherActiveAdmin, lockPlatformAdmins } from "./platform-admins";
import { userPolicy } from "./policy";
import { platformRoleSchema } from "./schemas";

/**
 * Changes someone's platform role. Platform admins only, never their own, and never the last
 * active platform admin's. Nothing else is needed for it to take effect: every request reads the
 * role afresh (lib/auth/get-actor.ts). Audited with before and after in the same transaction.
 */
export async function changePlatformRole(
  actor: Actor,
  userId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isPlatformAdmin(actor)) {
    throw new AppError("FORBIDDEN", "Only platform admins can change platform roles.");
  }
  if (!isId(userId)) {
    throw new AppError("NOT_FOUND", "That person does not exist.");
  }
  if (actor.userId === userId) {
    throw new AppError("FORBIDDEN", "You cannot change your own platform role.");
  }
  const { role } = platformRoleSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await lockPlatformAdmins(tx);
    const person = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!person) throw new AppError("NOT_FOUND", "That person does not exist.");
    if (!userPolicy.canChangePlatformRole(actor, person)) {
      throw new AppError("FORBIDDEN", "You cannot change this person's platform role.");
    }
    if (person.role === role) return;
    if (person.role === "PLATFORM_ADMIN" && !person.disabledAt) {
      await keepAnotherActiveAdmin(
        tx,
        person.id,
        "This is the last active platform admin. Make someone else a platform admin first.",
      );
    }
    await tx.user.update({ where: { id: person.id }, data: { role } });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: "user.role_changed",
        entityType: "User",
        entityId: person.id,
        before: { role: person.role },
        after: { role },
      },
    );
  });
}
