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
  /** What the link opens (`linkKey`), so that it can be cleared once used or revoked. */
  linkFor?: string;
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
      linkFor: email.linkFor ?? null,
      causedById: email.causedById ?? null,
    },
    select: { id: true },
  });
  return id;
}

/** What a one-time link opens, as stored with the message that carries it. */
export const linkKey = {
  invitation: (invitationId: string) => `invitation:${invitationId}`,
  passwordReset: (resetId: string) => `password-reset:${resetId}`,
};

/**
 * Forgets the links of messages for things that were used, replaced or revoked, in the same
 * transaction: a link that no longer works is not kept where admins can read it.
 */
export async function clearOutboxLinks(db: DbTransaction, linkFor: readonly string[]) {
  if (linkFor.length === 0) return;
  await db.outboxMessage.updateMany({
    where: { linkFor: { in: [...linkFor] }, link: { not: null } },
    data: { link: null },
  });
}
