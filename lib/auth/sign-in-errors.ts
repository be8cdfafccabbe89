import type { SingleSignOnOutcome } from "./single-sign-on";

type Refusal = Extract<SingleSignOnOutcome, { ok: false }>["reason"];

const refusals: Record<Refusal, string> = {
  unverified_email:
    "Your organisation's sign-in did not confirm your email address, so we could not match it to an invitation. Ask your IT team to send a verified email, or sign in with your password.",
  no_account:
    "There is no account for the email address your organisation's sign-in gave us. Ask your organisation admin or programme lead to invite you.",
  disabled: "This account has been disabled. Ask a platform admin if you need it back.",
  linked_elsewhere:
    "This account is already linked to a different single sign-on identity. Sign in with that identity, or with your password.",
};

/**
 * What to tell someone sent back to the sign-in page with `?error=`: our own refusals, or
 * next-auth's codes (OAuthCallback and the like) for a single sign-on that failed on the way.
 */
export function signInErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code in refusals) return refusals[code as Refusal];
  if (code === "SessionRequired") return "Sign in to continue.";
  return "Single sign-on did not work. Try again, or sign in with your email and password.";
}
