import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, isCommonPassword, verifyPassword } from "@/lib/auth/password";
import {
  clearFailedSignIns,
  countFailedSignIn,
  isSignInThrottled,
} from "@/lib/auth/sign-in-throttle";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { changePasswordSchema } from "./schemas";

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });

/**
 * Changes your own password. The current password must be right; wrong guesses count against
 * the same limits as signing in, so a borrowed session cannot be used to guess it. On success the
 * new Argon2id hash is stored and the session version raised: every session of the account ends,
 * this one included, and the person signs in again with the new password.
 */
export async function changeOwnPassword(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  // The shared password rules may check this already; then this never fires.
  if (isCommonPassword(newPassword)) {
    throw fieldError(
      "newPassword",
      "This password is too common and easy to guess. Choose a different one",
    );
  }
  const prisma = await getPrisma();
  const audit = { actorId: actor.userId, actorEmail: actor.email, ...context };
  const ipAddress = context.ipAddress || "unknown";
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  if (!user.passwordHash) {
    throw new AppError(
      "BAD_REQUEST",
      "You sign in through your organisation's account, so there is no password to change here.",
    );
  }

  if (await isSignInThrottled(user.email, ipAddress)) {
    await recordAuditEvent(prisma, audit, {
      action: "auth.password_change_throttled",
      entityType: "User",
      entityId: user.id,
    });
    throw new AppError(
      "RATE_LIMITED",
      "Too many wrong passwords. Wait 15 minutes, then try again.",
    );
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await countFailedSignIn(user.email, ipAddress);
    await recordAuditEvent(prisma, audit, {
      action: "auth.password_change_failed",
      entityType: "User",
      entityId: user.id,
    });
    throw fieldError("currentPassword", "Your current password is not right");
  }
  await clearFailedSignIns(user.email);
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw fieldError(
      "newPassword",
      "Choose a new password that is different from your current one",
    );
  }

  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    // Only over the password just checked: a change made meanwhile elsewhere is not overwritten.
    const changed = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count === 0) {
      throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again.");
    }
    await recordAuditEvent(tx, audit, {
      action: "auth.password_changed",
      entityType: "User",
      entityId: user.id,
    });
  });
}
