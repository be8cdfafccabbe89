import { z } from "zod";

import { singleLine, text } from "@/lib/validation/text";

import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
  newPasswordSchema,
} from "@/lib/auth/schemas";

/** Your own name and job title, as the account page's form sends them. */
export const accountDetailsSchema = z.object({
  name: singleLine(120, "Enter your name", "Name must be 120 characters or fewer"),
  jobTitle: text()
    .nullish()
    .transform((value) => value ?? "")
    .pipe(singleLine(120, null, "Job title must be 120 characters or fewer"))
    .transform((value) => (value ? value : null)),
});
export type AccountDetailsInput = z.input<typeof accountDetailsSchema>;
export type AccountDetails = z.output<typeof accountDetailsSchema>;

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters; ${PASSWORD_RECOMMENDED_LENGTH} characters or more recommended. A few unrelated words make a strong password that is easy to remember.`;

/**
 * Changing your own password: the current one, and the new one twice. The server also refuses
 * a new password that is very common, or the same as the current one.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string("Enter your current password")
      .min(1, "Enter your current password")
      .max(PASSWORD_MAX_LENGTH, "Password is too long"),
    newPassword: newPasswordSchema,
    confirmNewPassword: z
      .string("Type the new password again")
      .max(PASSWORD_MAX_LENGTH, "Password is too long"),
  })
  .refine((values) => values.newPassword === values.confirmNewPassword, {
    path: ["confirmNewPassword"],
    message: "The new passwords do not match",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/**
 * Choosing a password through an invitation or a password-reset link: the new one twice. The
 * server also refuses a very common password (lib/account/password-rules.ts).
 */
export const choosePasswordSchema = z
  .object({
    newPassword: newPasswordSchema,
    confirmNewPassword: z
      .string("Type the new password again")
      .max(PASSWORD_MAX_LENGTH, "Password is too long"),
  })
  .refine((values) => values.newPassword === values.confirmNewPassword, {
    path: ["confirmNewPassword"],
    message: "The passwords do not match",
  });
export type ChoosePasswordInput = z.input<typeof choosePasswordSchema>;
