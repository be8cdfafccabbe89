import "server-only";

import { type LimitSpec, rateLimiter } from "@/lib/auth/rate-limiter";

// Password-reset emails are limited per email address and per client address, so the form cannot
// be used to flood someone's inbox or to probe many addresses. Every request counts, whether or
// not the email has an account, so the limit itself reveals nothing. Where the counts live is as
// for sign-in (lib/auth/rate-limiter).
export const RESET_PER_EMAIL: LimitSpec = {
  keyPrefix: "password-reset-email",
  points: 3,
  duration: 60 * 60,
};
export const RESET_PER_ADDRESS: LimitSpec = {
  keyPrefix: "password-reset-ip",
  points: 20,
  duration: 60 * 60,
};

/** Counts one request; false when the email or the address is over its limit. */
export async function takePasswordResetAllowance(
  email: string,
  ipAddress: string | undefined,
): Promise<boolean> {
  const perEmail = await rateLimiter(RESET_PER_EMAIL);
  const perAddress = await rateLimiter(RESET_PER_ADDRESS);
  const results = await Promise.allSettled([
    perEmail.consume(email),
    ...(ipAddress ? [perAddress.consume(ipAddress)] : []),
  ]);
  return results.every((result) => result.status === "fulfilled");
}
