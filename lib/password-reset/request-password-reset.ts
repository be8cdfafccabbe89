import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  createOneTimeToken,
  expiresAfter,
  PASSWORD_RESET_LIFETIME_MS,
} from "@/lib/auth/one-time-token";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { linkTo } from "@/lib/mail/links";
import { LINK_LINE, linkKey, queueEmail } from "@/lib/mail/queue-email";

import { forgotPasswordSchema } from "./schemas";
import { takePasswordResetAllowance } from "./throttle";

/**
 * Someone asks for a link to choose a new password. An enabled account gets an email with a
 * one-time link that lasts 1 hour; an unknown email and a disabled account get nothing. The
 * answer is the same in every case, so the form does not tell which emails have accounts, and
 * the email is sent after the answer (`delivery`), so timing does not tell either. Too many
 * requests for one email or from one address are refused, whether or not the account exists.
 */
export async function requestPasswordReset(
  input: unknown,
  context: AuditContext = {},
): Promise<{ delivery: Promise<void> }> {
  const { email } = forgotPasswordSchema.parse(input);
  const prisma = await getPrisma();
  const audit = { ...context, actorEmail: email };

  if (!(await takePasswordResetAllowance(email, context.ipAddress))) {
    await recordAuditEvent(prisma, audit, { action: "password_reset.throttled" });
    throw new AppError(
      "RATE_LIMITED",
      "Too many requests for a new password. Wait an hour, then try again.",
    );
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) {
    await recordAuditEvent(
      prisma,
      { ...audit, actorId: user?.id },
      {
        action: "password_reset.requested",
        entityType: user ? "User" : undefined,
        entityId: user?.id,
        after: { outcome: user ? "account_disabled" : "no_account" },
      },
    );
    return { delivery: Promise.resolve() };
  }

  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = expiresAfter(PASSWORD_RESET_LIFETIME_MS);
  const messageId = await prisma.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({
      data: { userId: user.id, tokenHash, expiresAt },
      select: { id: true },
    });
    const id = await queueEmail(tx, {
      to: email,
      subject: "Choose a new password for Coalition",
      body: [
        `Hello ${user.name},`,
        "",
        "Someone, hopefully you, asked for a link to choose a new password for your Coalition account:",
        LINK_LINE,
        "",
        "The link works once, for 1 hour. If you did not ask for it, you can ignore this email: your password stays as it is.",
      ].join("\n"),
      link: linkTo(`/reset-password/${token}`),
      linkFor: linkKey.passwordReset(reset.id),
    });
    await recordAuditEvent(
      tx,
      { ...audit, actorId: user.id },
      {
        action: "password_reset.requested",
        entityType: "User",
        entityId: user.id,
        after: { outcome: "link_sent", passwordResetId: reset.id, outboxMessageId: id },
      },
    );
    return id;
  });
  return { delivery: deliverOutboxMessages([messageId]) };
}
