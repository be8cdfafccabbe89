import "server-only";

import { readServerEnv } from "@/lib/env";

/**
 * The full address of a page, for links in emails. It comes from NEXTAUTH_URL, never from the
 * request: a forged Host header must not be able to point a password-reset link elsewhere.
 * Without NEXTAUTH_URL (only allowed when no email is sent by SMTP), the local server's address.
 */
export function linkTo(path: string): string {
  const env = readServerEnv();
  const base = env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, base).toString();
}
