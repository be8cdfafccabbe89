"use server";

import { revalidatePath } from "next/cache";

import { markAllNotificationsRead } from "@/lib/notifications/notifications";
import { runFormAction } from "@/lib/server/action";

/**
 * Marks all of your notifications read; a plain form posts here, so it works without JavaScript.
 * Every page is read again, so the bell in the header shows the new count.
 */
export async function markAllNotificationsReadNow(_formData: FormData): Promise<void> {
  await runFormAction("notification.mark_all_read", "/notifications", async (actor) => {
    const count = await markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return count;
  });
}
