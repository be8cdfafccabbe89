import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

export interface Email {
  to: string;
  subject: string;
  body: string;
}

/**
 * Puts an email in the outbox. Pass the transaction that makes the change the email is about:
 * if the change fails, no message is left behind. Delivery happens after the commit
 * (deliverOutboxMessages).
 */
export async function queueEmail(db: Prisma.TransactionClient, email: Email): Promise<string> {
  const { id } = await db.outboxMessage.create({
    data: { toAddress: email.to, subject: email.subject, body: email.body },
    select: { id: true },
  });
  return id;
}
