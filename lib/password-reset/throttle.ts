import { RateLimiterMemory } from "rate-limiter-flexible";

// Password-reset emails are limited per email address and per IP address, so the form cannot be
// used to flood someone's inbox or to probe many addresses. Every request counts, whether or not
// the email has an account, so the limit itself reveals nothing. Counts live in this process, the
// only one on an embedded database (as for sign-in).
const perEmail = new RateLimiterMemory({
  keyPrefix: "password-reset-email",
  points: 3,
  duration: 60 * 60,
});
const perAddress = new RateLimiterMemory({
  keyPrefix: "password-reset-ip",
  points: 20,
  duration: 60 * 60,
});

/** Counts one request; false when the email or the address is over its limit. */
export async function takePasswordResetAllowance(
  email: string,
  ipAddress: string,
): Promise<boolean> {
  const results = await Promise.allSettled([
    perEmail.consume(email),
    perAddress.consume(ipAddress),
  ]);
  return results.every((result) => result.status === "fulfilled");
}
