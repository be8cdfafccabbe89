import { markAllNotificationsReadNow } from "@/app/notifications/actions";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listNotifications } from "@/lib/notifications/notifications";
import { NOTIFICATIONS_PAGE_SIZE, notificationsQuerySchema } from "@/lib/notifications/schemas";

export const metadata = { title: "Notifications" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/notifications");
  const query = notificationsQuerySchema.parse(await searchParams);
  const list = await listNotifications(actor, query);
  return (
    <>
      <h1>Notifications</h1>
      <p className="nhs-lede">
        {list.unread === 0
          ? "You have no unread notifications."
          : `You have ${list.unread} unread ${list.unread === 1 ? "notification" : "notifications"}.`}{" "}
        Newest first.
      </p>
      {list.unread > 0 ? (
        <form action={markAllNotificationsReadNow} className="mb-8">
          <button type="submit" className="nhs-button nhs-button-secondary">
            Mark all as read
          </button>
        </form>
      ) : null}
      <NotificationList entries={list.entries} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        pageSize={NOTIFICATIONS_PAGE_SIZE}
        noun="notifications"
        hrefFor={(page) => (page > 1 ? `/notifications?page=${page}` : "/notifications")}
      />
    </>
  );
}
