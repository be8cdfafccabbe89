import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The notifications list's page, read from the address bar; anything odd shows the first page. */
export const notificationsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

export const notificationEmailChoices = ["IMMEDIATELY", "NEVER"] as const;

export const notificationEmailLabels: Record<(typeof notificationEmailChoices)[number], string> = {
  IMMEDIATELY: "Immediately, one email for each notification",
  NEVER: "Never: I read them in the app",
};

/** The account page's choice: whether notifications also come by email. */
export const notificationPreferenceSchema = z.object({
  notificationEmail: z.enum(notificationEmailChoices, {
    message: "Choose whether to be emailed about notifications",
  }),
});
export type NotificationPreferenceInput = z.input<typeof notificationPreferenceSchema>;
