import "server-only";

import { isCommonPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

export const COMMON_PASSWORD_MESSAGE =
  "This password is too common and easy to guess. Choose a different one";

/** Refuses a new password that is on the list of common passwords, as a field error. */
export function refuseCommonPassword(password: string, field = "newPassword"): void {
  if (isCommonPassword(password)) {
    throw new AppError("VALIDATION", "Check the highlighted fields.", {
      [field]: [COMMON_PASSWORD_MESSAGE],
    });
  }
}
