import "server-only";

import { refuseCommonPassword } from "@/lib/account/password-rules";
import { choosePasswordSchema } from "@/lib/account/schemas";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearOutboxLinks, linkKey } from "@/lib/mail/queue-email";
import { hashPassword } from "@/lib/auth/password";
import { clearFailedSignIns } from "@/lib/auth/sign-in-throttle";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { findPasswordResetByToken } from "./find-reset-by-token";
import { resetLinkMessages } from "./link-state";

const linkProblem = (state: keyof typeof resetLinkMessages) =>
  new AppError(state === "unknown" ? "NOT_FOUND" : "CONFLICT", resetLinkMessages[state]);

/**
 * Sets a new password through a password-reset link. The link is used up, with any other
 * unused links of the account, and the account's session version is raised: every session
 * signed in before, on any device, ends. A used, expired or unknown link changes nothing.
 */
export async function resetPassword(
  token: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const link = await findPasswordResetByToken(token);
  if (!link.reset) throw linkProblem(link.state === "usable" ? "unknown" : link.state);
  const { reset } = link;
  const { newPassword } = choosePasswordSchema.parse(input);
  refuseCommonPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);

  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    // Claimed with a conditional update, so a link used twice at once works only once.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw linkProblem("used");
    const changed = await tx.user.updateMany({
      where: { id: reset.user.id, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count === 0) throw linkProblem("revoked");
    // Every other link of the person's stops working too, and none stays in the outbox.
    const others = await tx.passwordReset.findMany({
      where: { userId: reset.user.id, usedAt: null },
      select: { id: true },
    });
    await tx.passwordReset.updateMany({
      where: { id: { in: others.map((other) => other.id) } },
      data: { usedAt: now },
    });
    await clearOutboxLinks(
      tx,
      [reset.id, ...others.map((other) => other.id)].map(linkKey.passwordReset),
    );
    await recordAuditEvent(
      tx,
      { ...context, actorId: reset.user.id, actorEmail: reset.user.email },
      {
        action: "password_reset.completed",
        entityType: "User",
        entityId: reset.user.id,
        after: { passwordResetId: reset.id },
      },
    );
  });
  await clearFailedSignIns(reset.user.email);
}
