"use server";

import { changeOwnPassword } from "@/lib/account/change-password";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { updateAccountDetails } from "@/lib/account/update-details";
import { updateForumDigestPreference } from "@/lib/forums/digests/preference";
import { updateNotificationPreference } from "@/lib/notifications/notifications";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Saves your name and job title, then shows the account page again with a confirmation. */
export async function saveAccountDetails(input: unknown): Promise<ActionResult> {
  const result = await runAction("account.update_details", (actor, context) =>
    updateAccountDetails(actor, input, context),
  );
  return redirectAfterWrite(result, "/account", "account");
}

/** Changes the password; every session ends, so the person is sent to sign in again. */
export async function changePassword(input: unknown): Promise<ActionResult> {
  const result = await runAction("account.change_password", (actor, context) =>
    changeOwnPassword(actor, input, context),
  );
  return redirectAfterWrite(result, "/sign-in?notice=password-changed");
}

/** Ends every session of the account; a plain form posts here, so it works without JavaScript. */
export async function signOutEverywhereNow(_formData: FormData): Promise<void> {
  await runFormAction(
    "account.sign_out_everywhere",
    "/account",
    (actor, context) => signOutEverywhere(actor, context),
    () => "/sign-in?notice=signed-out-everywhere",
  );
}

/** Saves whether notifications also come by email, then shows the account page again. */
export async function saveNotificationPreference(input: unknown): Promise<ActionResult> {
  const result = await runAction("user.change_notification_email", (actor, context) =>
    updateNotificationPreference(actor, input, context),
  );
  return redirectAfterWrite(result, "/account", "notifications");
}

/** Saves how often the forum digest comes by email, then shows the account page again. */
export async function saveForumDigestPreference(input: unknown): Promise<ActionResult> {
  const result = await runAction("user.change_forum_digest", (actor, context) =>
    updateForumDigestPreference(actor, input, context),
  );
  return redirectAfterWrite(result, "/account", "forum-digest");
}
