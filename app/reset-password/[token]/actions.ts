"use server";

import { resetPassword as reset } from "@/lib/password-reset/reset-password";
import { type ActionResult, runPublicAction } from "@/lib/server/action";

/** Sets a new password through a password-reset link; every older session of the account ends. */
export async function resetPassword(token: string, input: unknown): Promise<ActionResult> {
  return runPublicAction("password_reset.complete", async (context) => {
    await reset(token, input, context);
    return undefined;
  });
}
