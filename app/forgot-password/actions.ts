"use server";

import { requestPasswordReset as request } from "@/lib/password-reset/request-password-reset";
import { type ActionResult, runPublicAction } from "@/lib/server/action";

/**
 * Asks for a password-reset link. The answer is the same whether or not the email has an
 * account; the email itself is sent after the answer.
 */
export async function requestPasswordReset(input: unknown): Promise<ActionResult> {
  return runPublicAction("password_reset.request", async (context) => {
    // Not awaited: waiting for the mail server would tell, by the time taken, that the account exists.
    const { delivery } = await request(input, context);
    void delivery;
    return undefined;
  });
}
