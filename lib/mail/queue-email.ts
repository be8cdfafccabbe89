import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { LINK_LINE } from "./text";

export { LINK_LINE };

export interface Email {
  to: string;
  subject: string;
  /** The text. A line that is exactly LINK_LINE marks where `link` is put when sending. */
  body: string;
  /** The one-time link the email carries, if any: never written into `body`. */
  link?: string;
  /** The signed-in person whose action caused the email (an inviter); not the recipient. */
  causedById?: string;
}

/**
 * Puts an email in the outbox. Pass the transaction that makes the change the email is about:
 * if the change fails, no message is left behind. Delivery happens after the commit
 * (deliverOutboxMessages).
 */
export async function queueEmail(db: DbTransaction, email: Email): Promise<string> {
  const { id } = await db.outboxMessage.create({
    data: {
      toAddress: email.to,
      subject: email.subject,
      body: email.body,
      link: email.link ?? null,
      causedById: email.causedById ?? null,
    },
    select: { id: true },
  });
  return id;
}
