import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import {
  countUnreadNotifications,
  getNotificationPreference,
  listNotifications,
  markAllNotificationsRead,
  openNotification,
  updateNotificationPreference,
} from "@/lib/notifications/notifications";
import { type NotificationInput, notify } from "@/lib/notifications/notify";
import { NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/schemas";

import { createUser } from "../support/factories";

async function person(overrides: Parameters<typeof createUser>[1] = {}): Promise<Actor> {
  const user = await createUser(await getPrisma(), overrides);
  return { userId: user.id, email: user.email, name: user.name, role: user.role, memberships: [] };
}

const input = (overrides: Partial<NotificationInput> = {}): NotificationInput => ({
  userIds: [],
  kind: "agreement.review_due",
  title: "Agreement due for review in 30 days",
  body: "The Elmshire discharge agreement is due for review on 5 January.",
  href: "/organisations",
  dedupeKey: `test:${randomUUID()}`,
  ...overrides,
});

async function send(overrides: Partial<NotificationInput>) {
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => notify(tx, input(overrides)));
}

describe("notify", () => {
  it("writes one notification per person and one email each, once per dedupe key", async () => {
    const prisma = await getPrisma();
    const [ann, bob] = [await person(), await person()];
    const first = await send({
      userIds: [ann.userId, bob.userId],
      dedupeKey: "review:1",
      email: true,
    });
    const again = await send({
      userIds: [ann.userId, bob.userId],
      dedupeKey: "review:1",
      email: true,
    });

    expect(first.notifiedUserIds.sort()).toEqual([ann.userId, bob.userId].sort());
    expect(first.outboxMessageIds).toHaveLength(2);
    expect(again).toEqual({ notifiedUserIds: [], outboxMessageIds: [] });
    expect(await prisma.notification.count({ where: { userId: ann.userId } })).toBe(1);
    const emails = await prisma.outboxMessage.findMany({ where: { toAddress: ann.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: "Agreement due for review in 30 days" });
    expect(emails[0]?.link).toMatch(/\/organisations$/);
    expect(emails[0]?.body).toContain("[link]");
  });

  it("keeps the same key apart for different people, and different keys apart for one person", async () => {
    const [ann, bob] = [await person(), await person()];
    await send({ userIds: [ann.userId], dedupeKey: "shared" });
    const forBob = await send({ userIds: [bob.userId], dedupeKey: "shared" });
    const second = await send({ userIds: [ann.userId], dedupeKey: "other" });
    expect(forBob.notifiedUserIds).toEqual([bob.userId]);
    expect(second.notifiedUserIds).toEqual([ann.userId]);
    expect(await countUnreadNotifications(ann)).toBe(2);
  });

  it("emails only people who want notification emails, and only when asked to", async () => {
    const prisma = await getPrisma();
    const [wants, never] = [await person(), await person()];
    await updateNotificationPreference(never, { notificationEmail: "NEVER" });

    const quiet = await send({ userIds: [wants.userId, never.userId] });
    const loud = await send({ userIds: [wants.userId, never.userId], email: true });

    expect(quiet.outboxMessageIds).toEqual([]);
    expect(loud.notifiedUserIds).toHaveLength(2);
    expect(loud.outboxMessageIds).toHaveLength(1);
    expect(await prisma.outboxMessage.count({ where: { toAddress: wants.email } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { toAddress: never.email } })).toBe(0);
  });

  it("skips disabled accounts", async () => {
    const disabled = await person({ disabled: true });
    const result = await send({ userIds: [disabled.userId], email: true });
    expect(result).toEqual({ notifiedUserIds: [], outboxMessageIds: [] });
  });

  it("refuses a link off this site and writes nothing", async () => {
    const prisma = await getPrisma();
    const ann = await person();
    for (const href of [
      "https://evil.example/x",
      "//evil.example",
      "/\\evil.example",
      "",
      "javascript:alert(1)",
    ]) {
      await expect(send({ userIds: [ann.userId], href })).rejects.toThrow(/path on this site/);
    }
    expect(await prisma.notification.count({ where: { userId: ann.userId } })).toBe(0);
  });

  it("is undone with the caller's transaction", async () => {
    const prisma = await getPrisma();
    const ann = await person();
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, input({ userIds: [ann.userId], email: true }));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.notification.count({ where: { userId: ann.userId } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { toAddress: ann.email } })).toBe(0);
  });
});

describe("a person's notifications", () => {
  it("are listed newest first, a page at a time, with the unread count", async () => {
    const prisma = await getPrisma();
    const ann = await person();
    const total = NOTIFICATIONS_PAGE_SIZE + 3;
    for (let index = 0; index < total; index += 1) {
      await send({ userIds: [ann.userId], title: `Notice ${index}`, dedupeKey: `n:${index}` });
    }
    // Written a second apart, oldest first.
    const rows = await prisma.notification.findMany({
      where: { userId: ann.userId },
      orderBy: { title: "asc" },
    });
    for (const row of rows) {
      const index = Number(row.title.split(" ")[1]);
      await prisma.notification.update({
        where: { id: row.id },
        data: { createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)) },
      });
    }

    const first = await listNotifications(ann, { page: 1 });
    const second = await listNotifications(ann, { page: 2 });

    expect(first).toMatchObject({ total, unread: total, page: 1, pageCount: 2 });
    expect(first.entries[0]?.title).toBe(`Notice ${total - 1}`);
    expect(first.entries).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(second.entries.map((entry) => entry.title)).toEqual([
      "Notice 2",
      "Notice 1",
      "Notice 0",
    ]);
  });

  it("are seen, counted, opened and marked read only by their owner", async () => {
    const [ann, bob] = [await person(), await person()];
    await send({ userIds: [ann.userId], dedupeKey: "mine", href: "/pathways?from=notice" });
    const [annsNotice] = (await listNotifications(ann, { page: 1 })).entries;

    expect((await listNotifications(bob, { page: 1 })).entries).toEqual([]);
    expect(await countUnreadNotifications(bob)).toBe(0);
    await expect(openNotification(bob, annsNotice!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(openNotification(bob, "not-an-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await markAllNotificationsRead(bob)).toBe(0);
    expect(await countUnreadNotifications(ann)).toBe(1);

    expect(await openNotification(ann, annsNotice!.id)).toBe("/pathways?from=notice");
    expect(await countUnreadNotifications(ann)).toBe(0);
    const [opened] = (await listNotifications(ann, { page: 1 })).entries;
    expect(opened?.readAt).not.toBeNull();
  });

  it("are all marked read at once", async () => {
    const ann = await person();
    await send({ userIds: [ann.userId], dedupeKey: "a" });
    await send({ userIds: [ann.userId], dedupeKey: "b" });
    expect(await countUnreadNotifications(ann)).toBe(2);
    expect(await markAllNotificationsRead(ann)).toBe(2);
    expect(await countUnreadNotifications(ann)).toBe(0);
  });
});

describe("the notification email preference", () => {
  it("starts at immediately, changes with an audit record, and refuses anything else", async () => {
    const prisma = await getPrisma();
    const ann = await person();
    expect(await getNotificationPreference(ann)).toEqual({ notificationEmail: "IMMEDIATELY" });

    await updateNotificationPreference(ann, { notificationEmail: "NEVER" });

    expect(await getNotificationPreference(ann)).toEqual({ notificationEmail: "NEVER" });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "user.notification_email_changed", actorId: ann.userId },
    });
    expect(audit.after).toEqual({ notificationEmail: "NEVER" });
    await expect(
      updateNotificationPreference(ann, { notificationEmail: "WEEKLY" }),
    ).rejects.toThrow();
    expect(await getNotificationPreference(ann)).toEqual({ notificationEmail: "NEVER" });
  });
});
