import "server-only";

import nodemailer from "nodemailer";

import { getPrisma } from "@/lib/db/client";
import { readServerEnv } from "@/lib/env";
import { logger } from "@/lib/server/logger";

import { composeEmailText } from "./text";

/** What delivery needs of a mail transport: nodemailer's, or a stand-in in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

let smtpTransport: { url: string; transport: MailTransport } | undefined;

/** True when a mail server is configured (SMTP_URL); otherwise email only waits in the outbox. */
export function mailServerConfigured(): boolean {
  return Boolean(readServerEnv().SMTP_URL);
}

/** The SMTP transport for SMTP_URL, or null when email stays in the outbox. */
function configuredTransport(): MailTransport | null {
  const { SMTP_URL } = readServerEnv();
  if (!SMTP_URL) return null;
  if (smtpTransport?.url !== SMTP_URL) {
    const transport = nodemailer.createTransport(SMTP_URL, {
      // A slow mail server must not hold delivery up for long.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    smtpTransport = { url: SMTP_URL, transport };
  }
  return smtpTransport.transport;
}

/**
 * Sends outbox messages that are not yet sent, after the change that queued them has committed.
 * Each success sets sentAt; each failure is kept in lastError and logged. It never throws: a
 * mail server that is down must not fail what the person did, and the message stays in the
 * outbox for platform admins to read. Without SMTP_URL it does nothing.
 */
export async function deliverOutboxMessages(
  messageIds: string[],
  transport: MailTransport | null = configuredTransport(),
): Promise<void> {
  if (!transport || messageIds.length === 0) return;
  try {
    const prisma = await getPrisma();
    const from = readServerEnv().MAIL_FROM;
    const messages = await prisma.outboxMessage.findMany({
      where: { id: { in: messageIds }, sentAt: null },
      orderBy: { createdAt: "asc" },
    });
    for (const message of messages) {
      try {
        await transport.sendMail({
          from,
          to: message.toAddress,
          subject: message.subject,
          text: composeEmailText(message.body, message.link),
        });
        // Once the mail server has it, the platform no longer keeps the one-time link.
        await prisma.outboxMessage.update({
          where: { id: message.id },
          data: { sentAt: new Date(), lastError: null, link: null },
        });
      } catch (error) {
        const lastError = describeFailure(error);
        logger.error("Sending an email failed", { messageId: message.id, error: lastError });
        await prisma.outboxMessage.update({ where: { id: message.id }, data: { lastError } });
      }
    }
  } catch (error) {
    logger.error("Delivering the outbox failed", { messageIds, error });
  }
}

/** What went wrong, short enough to show to platform admins, with no credentials. */
function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\/\/[^@\s/]*@/g, "//").slice(0, 500);
}
