import "server-only";

import { cookies } from "next/headers";

import { readServerEnv } from "@/lib/env";

const COOKIE = "coalition-sign-in-email";
const TEN_MINUTES = 600;

/**
 * Remembers, for the next few minutes and only for the sign-in page, the email of someone who has
 * just set their password through a link, so that the page is filled in for them.
 */
export async function rememberSignInEmail(email: string): Promise<void> {
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    secure: readServerEnv().NEXTAUTH_URL?.startsWith("https:") === true,
    path: "/sign-in",
    maxAge: TEN_MINUTES,
  });
}

/** The email remembered for the sign-in page, if any and if it looks like one. */
export async function rememberedSignInEmail(): Promise<string | undefined> {
  const value = (await cookies()).get(COOKIE)?.value;
  return value && value.length <= 320 && value.includes("@") ? value : undefined;
}
