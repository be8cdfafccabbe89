import { openNotification } from "@/lib/notifications/notifications";
import { runRoute } from "@/lib/server/route";

/** Opens one of your notifications: marks it read and goes on to what it is about. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ notificationId: string }> },
): Promise<Response> {
  const { notificationId } = await params;
  return runRoute(
    "notification.open",
    async (actor) => {
      const to = await openNotification(actor, notificationId);
      return new Response(null, {
        status: 303,
        headers: { Location: to, "Cache-Control": "private, no-store" },
      });
    },
    { signInReturnTo: "/notifications" },
  );
}
