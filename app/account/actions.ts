"use server";

import { changeOwnPassword } from "@/lib/account/change-password";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { updateAccountDetails } from "@/lib/account/update-details";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";

export async function saveAccountDetails(input: unknown): Promise<ActionResult> {
  return runAction("account.update_details", async (actor, context) => {
    await updateAccountDetails(actor, input, context);
    return undefined;
  });
}

/** Changes the password; every session ends, so the form then sends the person to sign in. */
export async function changePassword(input: unknown): Promise<ActionResult> {
  return runAction("account.change_password", async (actor, context) => {
    await changeOwnPassword(actor, input, context);
    return undefined;
  });
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
