import "server-only";

import type { DbTransaction } from "@/lib/db/types";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { linkTo } from "@/lib/mail/links";
import { LINK_LINE, queueEmail } from "@/lib/mail/queue-email";

export interface NotificationInput {
  /** Everyone to notify; each gets their own notification. */
  userIds: readonly string[];
  /** What it is about, as domain.event, e.g. "agreement.review_due". */
  kind: string;
  title: string;
  body: string;
  /** Where it leads: a path on this site, such as "/agreements/…". */
  href: string;
  /**
   * The same key for the same person is written once: a second call (a job run again after a
   * crash, a second scheduler) adds nothing and sends no email. E.g. "agreement:<id>:review:90".
   */
  dedupeKey: string;
  /** Also email each new notification's person, unless they chose not to be emailed. */
  email?: boolean;
}

export interface NotifyResult {
  /** The people who got a new notification (not those who had it already). */
  notifiedUserIds: string[];
  /** The emails queued: pass them to deliverOutboxMessages once the transaction has committed. */
  outboxMessageIds: string[];
}

const MAX_LENGTH = { kind: 100, title: 200, body: 2000, dedupeKey: 300 };

/**
 * Writes notifications in the caller's transaction, so that they stand or fall with the change
 * they are about, and queues one outbox email per newly notified person when `email` is set and
 * their account wants notification emails. Disabled accounts are skipped. The href must be a
 * path on this site; anything else is refused with an error rather than stored.
 */
export async function notify(tx: DbTransaction, input: NotificationInput): Promise<NotifyResult> {
  const href = safeRedirectPath(input.href, "");
  if (!href.startsWith("/") || href !== input.href) {
    throw new Error(`A notification's link must be a path on this site, not "${input.href}"`);
  }
  for (const field of ["kind", "title", "body", "dedupeKey"] as const) {
    if (input[field].length === 0 || input[field].length > MAX_LENGTH[field]) {
      throw new Error(`A notification's ${field} must be 1 to ${MAX_LENGTH[field]} characters`);
    }
  }
  const people = await tx.user.findMany({
    where: { id: { in: [...new Set(input.userIds)] }, disabledAt: null },
    select: { id: true, email: true, notificationEmail: true },
  });
  const result: NotifyResult = { notifiedUserIds: [], outboxMessageIds: [] };
  for (const person of people) {
    const { count } = await tx.notification.createMany({
      data: [
        {
          userId: person.id,
          kind: input.kind,
          title: input.title,
          body: input.body,
          href,
          dedupeKey: input.dedupeKey,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) continue;
    result.notifiedUserIds.push(person.id);
    if (input.email && person.notificationEmail === "IMMEDIATELY") {
      result.outboxMessageIds.push(
        await queueEmail(tx, {
          to: person.email,
          subject: input.title,
          body: [
            input.body,
            "",
            "Open it in Coalition:",
            LINK_LINE,
            "",
            "You can stop these emails on your account page.",
          ].join("\n"),
          link: linkTo(href),
        }),
      );
    }
  }
  return result;
}
