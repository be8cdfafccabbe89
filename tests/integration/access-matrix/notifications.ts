import { saveNotificationPreference } from "@/app/account/actions";
import { markAllNotificationsReadNow } from "@/app/notifications/actions";
import { GET as openNotificationRoute } from "@/app/notifications/[notificationId]/route";
import { getPrisma } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

import { row } from "./row";
import { expect6, type World } from "./world";

const everyoneSignedIn = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");

/** A notification for the member of A, and one for each other person, all unread. */
async function notifyEveryone(world: World) {
  const prisma = await getPrisma();
  const memberOfA = world.actors.memberOfA.userId;
  const others = Object.values(world.actors)
    .map((actor) => actor.userId)
    .filter((id) => id !== memberOfA);
  return prisma.$transaction(async (tx) => {
    await notify(tx, {
      userIds: others,
      kind: "test.matrix",
      title: "Something for everyone else",
      body: "Read me",
      href: "/organisations",
      dedupeKey: "matrix:others",
    });
    await notify(tx, {
      userIds: [memberOfA],
      kind: "test.matrix",
      title: "Something for the member of A",
      body: "Read me",
      href: "/organisations",
      dedupeKey: "matrix:member",
    });
    const mine = await tx.notification.findFirstOrThrow({ where: { userId: memberOfA } });
    return mine.id;
  });
}

export const notificationRows = [
  row({
    handler: "app/account/actions.ts#saveNotificationPreference",
    attempt: "stop one's own notification emails",
    expected: everyoneSignedIn,
    run: () => saveNotificationPreference({ notificationEmail: "NEVER" }),
    changes: true,
  }),
  row({
    handler: "app/notifications/actions.ts#markAllNotificationsReadNow",
    attempt: "mark all one's own notifications read",
    expected: everyoneSignedIn,
    prepare: notifyEveryone,
    run: () => markAllNotificationsReadNow(new FormData()),
  }),
  row({
    handler: "app/notifications/[notificationId]/route.ts#GET",
    attempt: "open the member of A's notification",
    expected: expect6("sign-in", "allowed", "denied", "denied", "denied", "denied"),
    prepare: notifyEveryone,
    run: (_world, notificationId: string) =>
      openNotificationRoute(new Request(`http://localhost/notifications/${notificationId}`), {
        params: Promise.resolve({ notificationId }),
      }),
    // Someone else's notification is a 404, not a refusal: they may not know it exists.
    auditsDenial: false,
  }),
];
