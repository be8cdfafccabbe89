"use server";

import { resetPassword as reset } from "@/lib/password-reset/reset-password";
import { type ActionResult, runPublicAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/**
 * Sets a new password through a password-reset link; every older session of the account ends,
 * so the person is sent to sign in again.
 */
export async function resetPassword(token: string, input: unknown): Promise<ActionResult> {
  const result = await runPublicAction("password_reset.complete", (context) =>
    reset(token, input, context),
  );
  return redirectAfterWrite(result, "/sign-in?notice=password-reset");
}
