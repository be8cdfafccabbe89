import { z } from "zod";

import { emailSchema } from "@/lib/auth/schemas";

/** Asking for a password-reset link: the account's email address. */
export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** The one answer to every request, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE =
  "If there is an account for that email address, we have sent it a link to choose a new password. The link works once, for 1 hour.";
