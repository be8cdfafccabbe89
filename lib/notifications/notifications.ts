import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { isId } from "@/lib/validation/ids";

import {
  NOTIFICATIONS_PAGE_SIZE,
  type NotificationsQuery,
  notificationPreferenceSchema,
} from "./schemas";

// A notification belongs to one person: every query here has the actor's own id in its where,
// so nobody else's notification is ever read, counted or changed.

/** How many of the person's notifications are unread: one count on the (userId, readAt) index. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const prisma = await getPrisma();
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** The person's notifications, newest first, a page at a time. */
export async function listNotifications(actor: Actor, query: NotificationsQuery) {
  const prisma = await getPrisma();
  const where = { userId: actor.userId };
  const [total, unread] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const entries = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, title: true, body: true, createdAt: true, readAt: true },
  });
  return { entries, total, unread, page, pageCount };
}

/**
 * Opens one of the person's notifications: marks it read (the first time) and answers where it
 * leads. Someone else's, or one that does not exist, is NOT_FOUND.
 */
export async function openNotification(actor: Actor, notificationId: string): Promise<string> {
  if (!isId(notificationId)) throw new AppError("NOT_FOUND", "There is no such notification.");
  const prisma = await getPrisma();
  const notification = await prisma.notification.findFirst({
    where: { id: notificationId, userId: actor.userId },
    select: { id: true, href: true, readAt: true },
  });
  if (!notification) throw new AppError("NOT_FOUND", "There is no such notification.");
  if (!notification.readAt) {
    await prisma.notification.updateMany({
      where: { id: notification.id, userId: actor.userId, readAt: null },
      data: { readAt: new Date() },
    });
  }
  return safeRedirectPath(notification.href, "/notifications");
}

/** Marks every one of the person's unread notifications read; answers how many. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const prisma = await getPrisma();
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** The person's own choice of notification emails. */
export async function getNotificationPreference(actor: Actor) {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { notificationEmail: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return user;
}

/** Changes whether the person is emailed about notifications, audited with before and after. */
export async function updateNotificationPreference(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { notificationEmail } = notificationPreferenceSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { notificationEmail: true },
    });
    if (!current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    if (current.notificationEmail === notificationEmail) return;
    await tx.user.update({ where: { id: actor.userId }, data: { notificationEmail } });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: "user.notification_email_changed",
        entityType: "User",
        entityId: actor.userId,
        before: current,
        after: { notificationEmail },
      },
    );
  });
}
