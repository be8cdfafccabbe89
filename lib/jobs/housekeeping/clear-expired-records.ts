import "server-only";

import { INVITATION_LIFETIME_MS } from "@/lib/auth/one-time-token";
import type { DbClient } from "@/lib/db/types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a dead invitation stays listed on its organisation's profile, for the inviter to see. */
export const DEAD_INVITATION_KEPT_MS = 30 * DAY_MS;
/** How long a used or expired password-reset link is kept, so the page can say which it was. */
export const DEAD_RESET_KEPT_MS = DAY_MS;

/** Removes sign-in and password-reset limit counts whose window has passed. */
export async function clearExpiredRateLimits(db: DbClient, now: Date): Promise<string> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return `Removed ${count} expired rate limit ${count === 1 ? "count" : "counts"}.`;
}

/**
 * Removes invitations that were never accepted and whose link died (expired or revoked) more
 * than 30 days ago, and password-reset links used or expired more than a day ago. Accepted
 * invitations stay; the audit trail keeps every invitation and reset either way.
 */
export async function clearDeadLinks(db: DbClient, now: Date): Promise<string> {
  const invitationsBefore = new Date(now.getTime() - DEAD_INVITATION_KEPT_MS);
  const resetsBefore = new Date(now.getTime() - DEAD_RESET_KEPT_MS);
  const invitations = await db.invitation.deleteMany({
    where: {
      acceptedAt: null,
      OR: [{ expiresAt: { lt: invitationsBefore } }, { revokedAt: { lt: invitationsBefore } }],
    },
  });
  const resets = await db.passwordReset.deleteMany({
    where: { OR: [{ expiresAt: { lt: resetsBefore } }, { usedAt: { lt: resetsBefore } }] },
  });
  return `Removed ${invitations.count} dead ${invitations.count === 1 ? "invitation" : "invitations"} and ${resets.count} password-reset ${resets.count === 1 ? "link" : "links"}.`;
}

/**
 * Clears the one-time link of outbox messages that a mail server has taken (delivery clears it
 * already; this catches any left) or that are older than the longest-lived link (an
 * invitation's 7 days), whose link no longer works.
 */
export async function clearOutboxLinks(db: DbClient, now: Date): Promise<string> {
  const deadBefore = new Date(now.getTime() - INVITATION_LIFETIME_MS);
  const { count } = await db.outboxMessage.updateMany({
    where: {
      link: { not: null },
      OR: [{ sentAt: { not: null } }, { createdAt: { lt: deadBefore } }],
    },
    data: { link: null },
  });
  return `Cleared the link of ${count} ${count === 1 ? "email" : "emails"}.`;
}
